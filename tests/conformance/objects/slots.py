# __slots__ restricts instance attributes; a class without __slots__ brings back __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__)
attempt(lambda: setattr(p, "z", 3))
attempt(lambda: p.__dict__)
attempt(lambda: p.z)
del p.y
attempt(lambda: p.y)
attempt(lambda: delattr(p, "y"))
p.y = 5
print(p.x + p.y)

class Point3(Point):
    __slots__ = ["z"]
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
attempt(lambda: setattr(q, "w", 4))

class Loose(Point):
    pass
l = Loose(7, 8)
l.color = "red"
print(l.color, l.x, hasattr(l, "__dict__"), hasattr(p, "__dict__"))

class One:
    __slots__ = "only"
o = One()
o.only = 1
attempt(lambda: setattr(o, "other", 2))
print(One.__slots__, o.only)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)

class Empty:
    __slots__ = ()
    kind = "const"
e = Empty()
attempt(lambda: setattr(e, "kind", "x"))
attempt(lambda: setattr(e, "new", 1))
print(e.kind)

def conflict():
    class Bad:
        __slots__ = ("v",)
        v = 1
    return Bad
attempt(conflict)
