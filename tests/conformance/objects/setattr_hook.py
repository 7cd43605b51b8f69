# __setattr__ / __delattr__ overrides with object.__setattr__ and super().
class Validated:
    def __init__(self, x):
        self.x = x
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(name + " must be int, not " + type(value).__name__)
        object.__setattr__(self, name, value * 10)

v = Validated(1)
v.y = 2
print(v.x, v.y)
try:
    v.z = "no"
except TypeError as e:
    print("TypeError", e)
setattr(v, "w", 3)
print(v.w, sorted(v.__dict__.items()))

class Frozen:
    def __init__(self, a):
        object.__setattr__(self, "a", a)
    def __setattr__(self, name, value):
        raise AttributeError("cannot assign " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(5)
print(f.a)
for action in [lambda: setattr(f, "a", 1), lambda: delattr(f, "a"), lambda: setattr(f, "b", 2)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(f.a)

class Tracked:
    def __init__(self):
        self.__dict__["changes"] = []
    def __setattr__(self, name, value):
        self.changes.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append("-" + name)
        super().__delattr__(name)
t = Tracked()
t.a = 1
t.b = 2
t.a = 3
del t.b
print(t.changes, t.a, hasattr(t, "b"))
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError", e)

class Sub(Tracked):
    pass
s = Sub()
s.q = 1
print(s.changes)
try:
    object.__setattr__(s, 5, 1)
except TypeError as e:
    print("TypeError", e)
