# from m import a, b and from m import a as b: binding copies of names, not live links.
from modhelper_a import greet, GREETING
print(greet("from"), GREETING)
from modhelper_a import Point as P, VERSION as V
print(P(3, 4), V)
from modhelper_a import loads, bump
print("loads before", loads)
print(bump(), bump())
print("local name still", loads)
import modhelper_a
print("module attribute", modhelper_a.loads)

# rebinding an imported name only affects this module
GREETING = "changed locally"
print(greet("still"), modhelper_a.GREETING)

# changing the module attribute is seen by the function
modhelper_a.GREETING = "yo"
print(greet("module changed"))

# importing a mutable object shares it
from modhelper_a import VERSION
print(VERSION is modhelper_a.VERSION)

# parenthesised multi-line import list with trailing comma
from modhelper_a import (
    greet as g2,
    Point,
)
print(g2 is greet, Point is P)

# importing a private name explicitly works
from modhelper_a import _private
print(_private)


# from-import of a function inside a function is local
def local_import():
    from modhelper_a import greet as inner_greet
    return inner_greet("inside")
print(local_import())
try:
    inner_greet
except NameError as e:
    print(type(e).__name__, e)

# star import binds public names only (no underscore names)
del greet, GREETING, Point, VERSION, loads, bump, _private
before = set(globals())
from modhelper_a import *
print(sorted(set(globals()) - before - {"before"}))
print(loads, GREETING)
