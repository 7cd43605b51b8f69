# Class attributes vs instance attributes, shadowing, and a class-level counter.
class Counter:
    count = 0
    kind = "generic"
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.serial = Counter.count
    def __repr__(self):
        return "Counter(" + repr(self.name) + ", #" + str(self.serial) + ")"
a = Counter("a")
b = Counter("b")
c = Counter("c")
print(Counter.count, a.count, b.serial, [a, b, c])
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind, c.kind)
b.count = 99
print(Counter.count, b.count, c.count)
class Config:
    items = []
    def add(self, x):
        self.items.append(x)
p = Config()
q = Config()
p.add(1)
q.add(2)
print(p.items, q.items, Config.items)
p.items = ["own"]
p.add(3)
print(p.items, q.items)
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
pt = Point(1, 2)
pt.x += 10
pt.z = "dynamic"
print(pt, pt.z, pt.dims, Point.dims)
Point.origin = Point(0, 0)
print(pt.origin, Point.origin.x)
print(type(pt), type(pt) is Point, type(Point))
print(isinstance(pt, Point), isinstance(pt, Counter), isinstance(Point, type))
class Empty:
    pass
e = Empty()
e.value = 42
print(e.value, type(e), isinstance(e, Empty))
class Const:
    PI = 3.14159
    NAMES = ("a", "b")
    def area(self, r):
        return Const.PI * r * r
print(Const().area(2), Const.NAMES[1], Const.PI)
