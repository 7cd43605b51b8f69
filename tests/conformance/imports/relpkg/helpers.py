from .consts import GREETING as G
from . import consts
print("helpers", __name__, __package__)
def greet(name):
    return "%s, %s (%s)" % (G, name, consts.GREETING)
