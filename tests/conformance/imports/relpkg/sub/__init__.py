from .deep import depth
from .. import helpers
print("sub init", __name__, __package__)
from . import deep as deep_module
print("sub from . import", deep_module.__name__)
