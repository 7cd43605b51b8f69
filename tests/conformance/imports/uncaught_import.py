# An uncaught import of a missing module ends the script with ModuleNotFoundError.
import modhelper_a
print(modhelper_a.greet("before"))
try:
    import nope
except ImportError as e:
    print("caught once:", type(e).__name__, e)
names = ["modhelper_a", "modhelper_state"]
for n in names:
    m = __import__(n)
    print("imported", m.__name__)

def optional(name):
    try:
        return __import__(name)
    except ModuleNotFoundError as e:
        print("optional module missing:", e.name)
        return None

print(optional("math").__name__, optional("not_installed_anywhere"))
m = optional("modhelper_state")
print(m.increment(3), m.counter)
print("about to fail")
import nope_missing_module
print("never printed")
