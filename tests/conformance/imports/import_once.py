# Importing the same module twice: the body runs once; sys.modules caches it.
import sys
print("modhelper_a" in sys.modules)
import modhelper_a
print("first import done")
import modhelper_a
import modhelper_a as again
from modhelper_a import greet
print("repeated imports printed nothing", again is modhelper_a)
print(sys.modules["modhelper_a"] is modhelper_a)

def import_in_function():
    import modhelper_a
    return modhelper_a.bump()
print(import_in_function(), import_in_function(), modhelper_a.loads)

# importing in a loop
for i in range(3):
    import modhelper_a
print("loop imports done")

# removing from sys.modules forces a fresh execution
old = sys.modules.pop("modhelper_a")
import modhelper_a
print(modhelper_a is old, modhelper_a.loads, old.loads)

# the function imported earlier still refers to the old module's globals
old.GREETING = "old module"
print(greet("x"), modhelper_a.greet("x"))

# importing a module that imports another runs each body once
import modhelper_b
import modhelper_b
print(modhelper_b.modhelper_a is modhelper_a)
print(sorted(m for m in sys.modules if m.startswith("modhelper")))
