# import m and import m as n: attribute access, module identity, module attributes.
import modhelper_a
print(modhelper_a.GREETING, modhelper_a.VERSION)
print(modhelper_a.greet("world"))
print(modhelper_a.Point(1, 2))
print(modhelper_a.__name__, type(modhelper_a).__name__)

import modhelper_a as ma
print(ma is modhelper_a, ma.greet("alias"))
print(ma.__name__)

# attributes can be added and changed on the module object
ma.GREETING = "hi"
print(modhelper_a.greet("changed"))
modhelper_a.new_attr = 5
print(ma.new_attr)

# missing attribute
try:
    ma.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)

# public names (sorted, filtered)
print(sorted(n for n in dir(ma) if not n.startswith("__")))
print(ma._private, hasattr(ma, "__file__"), ma.__doc__)

# a module's global function reads the module's globals
print(ma.bump(), ma.bump(), ma.loads)
ma.loads = 100
print(ma.bump())

# modules are not callable or subscriptable
try:
    ma()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ma["GREETING"]
except TypeError as e:
    print(type(e).__name__, e)
print(vars(ma)["VERSION"], ma.__dict__["GREETING"])
import math, modhelper_a as again
print(again is ma, math.__name__)
