# User-defined descriptors: data (__get__/__set__/__delete__) and non-data.
class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor for " + self.name
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " expects " + self.kind.__name__)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)

class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

it = Item("bolt", 3)
print(it.name, it.qty, Item.qty)
it.qty = 10
print(it.qty, sorted(it.__dict__))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError", e)
del it.qty
print(it.qty)

# A non-data descriptor is shadowed by the instance attribute.
class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        Circle.calls += 1
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, Circle.calls, type(Circle.area).__name__)

# A descriptor instance's methods bound like any other attribute.
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class Config:
    version = Constant(3)
    debug = Constant(False)
cfg = Config()
print(Config.version, cfg.debug, cfg.version + 1)
cfg.version = 7
print(cfg.version, Config.version)
