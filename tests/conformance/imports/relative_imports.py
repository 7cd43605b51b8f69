# relative imports inside a package: from . import x, from .m import y, from .. import z
import relpkg
print(relpkg.helpers.greet("world"))
from relpkg.sub import depth
print(depth())
import relpkg.sub.deep as d
print(d.__name__, d.__package__, relpkg.sub.__package__)
print(relpkg.__package__, relpkg.consts.__package__)
print(hasattr(relpkg, "__path__"), hasattr(relpkg.consts, "__path__"))
try:
    from . import relpkg
except ImportError as e:
    print(type(e).__name__, e)
