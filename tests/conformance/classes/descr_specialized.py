# A class with a data descriptor (a property, an object with __set__) still
# has its other attributes and methods read and written fast; the names that
# are descriptors keep the descriptor protocol, including ones that become
# descriptors (or stop being) while loops that read them run hot.

class Celsius:
    def __init__(self, c):
        self.c = c
        self.unit = "C"
    @property
    def fahrenheit(self):
        return self.c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.c = (f - 32) * 5 / 9
    def warmer(self, d):
        return Celsius(self.c + d)

def walk(n):
    t = Celsius(0)
    total = 0.0
    for i in range(n):
        t = t.warmer(1)
        total += t.c
        if i % 3 == 0:
            total += t.fahrenheit
    t.fahrenheit = 212
    return total, t.c, t.unit
print(walk(3000))

class Upper:
    """A data descriptor that is an instance of a user class."""
    def __get__(self, obj, owner):
        return obj._name.upper() if obj is not None else self
    def __set__(self, obj, value):
        obj._name = value

class Named:
    name = Upper()
    def __init__(self, n):
        self.name = n
        self.count = 0

def names(n):
    out = []
    x = Named("a")
    for i in range(n):
        x.count += 1
        if i % 500 == 0:
            x.name = "n" + str(i)
            out.append(x.name)
    return out, x.count, x._name
print(names(2000))

# A plain attribute becomes a property while a loop reads it, then the
# property goes away again: every read follows the class as it is then.
class Box:
    def __init__(self):
        self.v = 1
        self.w = 2

def reads(b, n):
    s = 0
    for i in range(n):
        s += b.v + b.w
        if i == 1000:
            Box.v = property(lambda self: 100)
        if i == 2000:
            del Box.v
    return s
print(reads(Box(), 3000))

# The descriptor's own class gains __set__ while instances are hot.
class Plain:
    def __get__(self, obj, owner):
        return 5
class Holder:
    d = Plain()
def holder_reads(n):
    h = Holder()
    s = 0
    for i in range(n):
        h.__dict__["d"] = 7
        s += h.d
        if i == 1000:
            Plain.__set__ = lambda self, obj, v: None
    return s
print(holder_reads(2000))

# New attributes added by __init__ in a class with a property: the name
# becomes a property (with a setter that ignores the store) mid-loop.
class Made:
    @property
    def kind(self):
        return "made"
    def __init__(self, v):
        self.v = v
def makes(n):
    s = 0
    for i in range(n):
        m = Made(i)
        s += m.v
        if i == 700:
            Made.v = property(lambda self: -1, lambda self, value: None)
    return s, m.kind, Made(5).v
print(makes(1500))
