# Import failures: missing modules, missing names, and modules that fail while importing.
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import nope.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from nope import thing
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
try:
    import modhelper_a.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from modhelper_a import missing
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))
try:
    from modhelper_a import greet, missing_too
except ImportError as e:
    print(type(e).__name__)
try:
    greet
except NameError as e:
    print("greet not bound after failed from-import:", type(e).__name__)

# a module whose body raises: the error propagates and the module is not cached
import sys
for attempt in range(2):
    try:
        import modhelper_broken
    except KeyError as e:
        print("attempt", attempt, type(e).__name__, e)
print("modhelper_broken" in sys.modules)

# ModuleNotFoundError is a subclass of ImportError
print([c.__name__ for c in ModuleNotFoundError.__mro__])

# import inside a function that fails only when called
def lazy():
    import does_not_exist_either
    return does_not_exist_either
print("defined lazy()")
try:
    lazy()
except ImportError as e:
    print(type(e).__name__, e)

# __import__ with a bad argument type
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
