from .deep import depth
from .. import helpers
print("sub init", __name__, __package__)
