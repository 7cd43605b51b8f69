# __qualname__ and repr of built-in types' methods, unbound, bound, static and class methods
def short(m):
    # Drop the address of a bound method's receiver.
    return repr(m).split(" at 0x")[0]

for m in [list.append, str.join, dict.get, int.bit_length, int.to_bytes, float.hex,
          set.add, frozenset.union, tuple.index, bytes.hex, bytearray.append,
          BaseException.with_traceback, str.upper, dict.setdefault, list.sort]:
    print(m.__qualname__, m.__name__, repr(m))

for m in [dict.fromkeys, str.maketrans, bytes.fromhex, int.from_bytes, float.fromhex]:
    print(m.__qualname__, m.__name__, short(m))

for m in [[].append, "".join, {}.get, (5).bit_length, b"".hex, bytearray().pop, {1}.add,
          (1.5).is_integer, ValueError("x").with_traceback]:
    print(m.__qualname__, m.__name__, short(m), short(m).startswith("<built-in method "))

# Bound to an instance of a subclass: named after the subclass.
class L(list):
    pass

class D(dict):
    pass

print(L().append.__qualname__, short(L().append))
print(L.append.__qualname__, repr(L.append))
print(D.fromkeys.__qualname__, D().get.__qualname__, D.get.__qualname__)

# Dunder wrappers and the call protocol.
class I(int):
    pass

print(int.__add__.__qualname__, (5).__add__.__qualname__, I(5).__add__.__qualname__)
def f():
    pass
print(f.__call__.__qualname__, len.__call__.__qualname__)

# Functions of builtins and of modules keep their bare names.
import math
print(len.__qualname__, repr(len), math.sqrt.__qualname__, repr(math.sqrt))

# The same object each time, and it still works when called unbound.
print(list.append is list.append, list.append.__qualname__ == [].append.__qualname__)
x = []
list.append(x, 3)
str.join(",", ["a", "b"])
print(x, str.join(",", ["a", "b"]), dict.get({1: 2}, 1))

# Error messages name the callable as CPython's module.qualname().
class C:
    def __init__(self, **k):
        pass
for call in [lambda: C(**{'a': 1}, a=2), lambda: dict(**{'a': 1}, a=2),
             lambda: math.sqrt(**{'a': 1}, a=2), lambda: [].append(**{'a': 1}, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
