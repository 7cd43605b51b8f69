# __self__ and __module__ of built-in functions and methods: a module's
# function belongs to its module, a bound method to its receiver.
import math
import sys
import time

print(len.__self__, print.__module__, len.__module__)
print(math.sqrt.__module__, math.sqrt.__self__ is math)
print(time.perf_counter.__module__, sys.exit.__self__ is sys)
print([1].append.__self__, [1].append.__module__)
print("ab".upper.__self__, (7).bit_length.__self__)
print(len.__call__.__self__, (5).__add__.__self__)
print(reversed.__module__, isinstance.__module__)
d = {}
m = d.setdefault
print(m.__self__ is d, m.__name__, m.__module__)


class L(list):
    pass


x = L()
print(x.append.__self__ is x, type(x.append.__self__).__name__)
# A bound method's receiver can call it again.
f = [3, 1, 2].sort
f()
print(f.__self__)
for expr in ("math.sqrt.__self__.floor(2.5)", "getattr(len, '__module__', '?')"):
    print(expr, eval(expr))
