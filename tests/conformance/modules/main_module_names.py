# The names CPython gives the __main__ module besides __name__ and
# __file__: __package__, __spec__ and __cached__ (None for a script),
# __annotations__ (empty) and __builtins__ (the builtins module).
import builtins
import sys

print(__name__, __package__, __spec__, __cached__)
print(__builtins__, __builtins__ is builtins)
print(__builtins__.len("abc"), type(__builtins__).__name__)
main = sys.modules["__main__"]
print(main.__package__, main.__spec__, main.__builtins__ is builtins)
print(__doc__)
print(all(n in globals() for n in ("__name__", "__file__", "__package__", "__spec__", "__builtins__")))
print(__annotations__, sorted(n for n in globals() if n.startswith("__") and n != "__loader__"))
