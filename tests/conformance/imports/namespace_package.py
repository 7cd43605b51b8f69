# PEP 420: a directory without __init__.py imports as a namespace package
import nspkg.mod
from nspkg import mod
from nspkg.inner import leaf
import nspkg.inner.leaf as l2
print(nspkg.mod.VALUE, mod is nspkg.mod, leaf.X, l2 is leaf)
print(nspkg.__name__, nspkg.__package__, getattr(nspkg, "__file__", "nofile"), len(list(nspkg.__path__)))
print(nspkg.inner.__package__, leaf.__package__)
try:
    import nspkg.missing
except ImportError as e:
    print(type(e).__name__, e)
