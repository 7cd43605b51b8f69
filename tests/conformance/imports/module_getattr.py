# PEP 562: a module's __getattr__ answers for names it lacks (attribute
# access, from-import, hasattr/getattr), its __dir__ for dir(); a class's
# __dir__ for dir() of its instances. Also sys.implementation.
import modhelper_lazy
print(modhelper_lazy.present, modhelper_lazy.old_name)
from modhelper_lazy import old_name
print(old_name)
print(hasattr(modhelper_lazy, "old_name"), hasattr(modhelper_lazy, "nothing"), getattr(modhelper_lazy, "nothing", "dflt"))
try:
    modhelper_lazy.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    from modhelper_lazy import nothing
except ImportError as e:
    print("ImportError", e.name, type(e).__name__)
try:
    modhelper_lazy.boom
except KeyError as e:
    print("KeyError", e)
print(dir(modhelper_lazy))


class D:
    def __dir__(self):
        return ("b", "a", "c")


class E(D):
    pass


print(dir(D()), dir(E()), "__dir__" in dir(D))

import sys
impl = sys.implementation
print(impl.cache_tag is None or isinstance(impl.cache_tag, str), impl.version == sys.version_info,
      impl.hexversion == sys.hexversion, isinstance(impl.name, str), impl.name == impl.name.lower())
import types
print(type(impl) is types.SimpleNamespace, sorted(k for k in vars(impl) if not k.startswith("_")))

import pickle
print(pickle.Pickler, pickle.Unpickler, pickle.PickleError, pickle.PicklingError.__module__)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e))
pickle.loads(b"junk")
