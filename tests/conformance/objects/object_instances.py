# Plain object() instances, object's methods, default equality and hashing.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, hash(o) == hash(o))
print(isinstance(o, object), isinstance(3, object), isinstance(object, object))
for action in [lambda: setattr(o, "x", 1), lambda: o.x, lambda: o.__dict__]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)

class Plain:
    pass
a, b = Plain(), Plain()
print(a == b, a == a, a != b, hash(a) == hash(a), len({a: 1, b: 2}))
object.__init__(a)
print(hasattr(a, "__init__"), hasattr(a, "__setattr__"), hasattr(Plain, "__new__"))

# __eq__ without __hash__ makes instances unhashable; defining both restores it.
class Value:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v
class HashedValue(Value):
    def __hash__(self):
        return hash(self.v)
print(Value(1) == Value(1), Value(1) != Value(2), Value.__hash__)
try:
    hash(Value(1))
except TypeError as e:
    print("TypeError", e)
d = {HashedValue(1): "one"}
print(d[HashedValue(1)], HashedValue(2) in d, hash(HashedValue(5)) == hash(5))

# Hooks added to a class after it was created still take effect.
class Late:
    pass
obj = Late()
def late_getattr(self, name):
    return "late " + name
Late.__getattr__ = late_getattr
print(obj.anything)
def late_setattr(self, name, value):
    object.__setattr__(self, name, str(value) + "!")
Late.__setattr__ = late_setattr
obj.x = 1
print(obj.x)
del Late.__setattr__
obj.y = 2
print(obj.y)
class LateChild(Late):
    pass
print(LateChild().other)
