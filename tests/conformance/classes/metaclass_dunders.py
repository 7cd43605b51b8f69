# metaclass dunders acting on classes: __iter__, __len__, __contains__, __repr__, __instancecheck__, __subclasscheck__
class Members(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = [k for k in ns if not k.startswith("_")]
        return cls
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, item):
        return item in cls._members
    def __repr__(cls):
        return "<Members %s: %s>" % (cls.__name__, ", ".join(cls._members))

class Color(metaclass=Members):
    red = 1
    green = 2
    blue = 3

print(list(Color), len(Color), "red" in Color, "pink" in Color)
print(repr(Color), str(Color))
print([Color], sorted(Color))

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Quacker), isinstance(5, Quacker), isinstance(Quacker(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker), issubclass(Mallard, (int, Quacker)))
for i in range(30):
    ok = isinstance(Mallard(), Quacker)
print(ok)
