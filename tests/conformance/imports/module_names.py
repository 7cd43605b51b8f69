# The names CPython's import gives a module loaded from a source file:
# __spec__ (a ModuleSpec: name, origin, parent, has_location, the search
# locations of a package), __loader__ (its loader), __builtins__ (the
# builtins' dict), __cached__, and __package__/__path__.
import importlib.machinery
import modhelper_a
import relpkg
import relpkg.sub

for m in (modhelper_a, relpkg, relpkg.sub):
    spec = m.__spec__
    print(m.__name__, type(spec).__name__, spec.name, spec.parent, repr(m.__package__), spec.has_location)
    print("  origin is __file__:", spec.origin == m.__file__, "loader:", type(m.__loader__).__name__,
          m.__loader__ is spec.loader, m.__loader__.name)
    locations = spec.submodule_search_locations
    print("  package:", locations is not None, locations == getattr(m, "__path__", None))
    print("  builtins:", type(m.__builtins__).__name__, m.__builtins__["len"] is len, m.__builtins__ is __builtins__.__dict__)
    print("  names:", sorted(n for n in vars(m) if n.startswith("__") and n != "__path__"))
print(isinstance(modhelper_a.__spec__, importlib.machinery.ModuleSpec))
with open(modhelper_a.__file__) as f:
    print(modhelper_a.__loader__.get_source("modhelper_a") == f.read())
# __main__'s names (ouro's __main__ has no __loader__: README).
print(sorted(n for n in globals() if n.startswith("__") and n != "__loader__"))
