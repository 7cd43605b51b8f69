# sys.path: a list the import system reads; entries added by the script count
import sys

print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, "nspkg")
import mod

print(mod.VALUE, mod.__name__)
sys.path.remove("nspkg")
sys.path.append("nspkg/inner")
import leaf

print(leaf.X)
saved = sys.path[:]
del sys.path[:]
try:
    import modhelper_a
except ImportError as e:
    print(type(e).__name__, e)
sys.path[:] = saved
import modhelper_a

print(modhelper_a.__name__)
