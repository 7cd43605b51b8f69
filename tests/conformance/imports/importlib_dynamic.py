# importlib: import_module (absolute and relative), find_spec, reload,
# loading a module from a file path.
import importlib
import importlib.machinery
import importlib.util
import os
import sys

state = importlib.import_module("modhelper_state")
print(state.__name__, state is sys.modules["modhelper_state"])
print(importlib.import_module("modhelper_state") is state)
state.increment(5)
print(state.counter)

helpers = importlib.import_module(".helpers", "relpkg")
print(helpers.__name__, helpers.greet("x"))
print(importlib.import_module("..consts", "relpkg.sub").GREETING)

for bad in [("", None), (".x", None)]:
    try:
        importlib.import_module(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)

print(importlib.util.find_spec("no_such_module_here"))
spec = importlib.util.find_spec("modhelper_state")
print(spec.name, spec.parent == "")
print(importlib.util.find_spec("relpkg").submodule_search_locations is not None)
print(importlib.util.resolve_name(".consts", "relpkg"))
try:
    importlib.util.resolve_name(".consts", None)
except ImportError as e:
    print("ImportError", e)

reloaded = importlib.reload(state)
print(reloaded is state, state.counter)
importlib.invalidate_caches()

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("loaded_a", os.path.join(here, "modhelper_a.py"))
print(spec.name, spec.origin == os.path.join(here, "modhelper_a.py"), spec.has_location)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, "loaded_a" in sys.modules)
spec.loader.exec_module(mod)
print(mod.greet("spec"), mod.VERSION)
print(isinstance(spec, importlib.machinery.ModuleSpec), ".py" in importlib.machinery.all_suffixes())
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError", e)

# Modules made by the module type itself (types.ModuleType).
import types
fresh = types.ModuleType("fresh", "its doc")
print(fresh, fresh.__doc__, fresh.__package__, fresh.__spec__, sorted(vars(fresh)))
fresh.value = 3
print(fresh.value, type(fresh) is type(sys))
print(types.ModuleType("nodoc").__doc__)
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError", e)
