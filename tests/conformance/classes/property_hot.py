# Properties read in hot loops run their getter as a frame of its own
# (LOAD_ATTR_PROPERTY); every way the getter's result or the lookup can
# change must still behave as CPython's descriptor protocol says.

class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y
    @property
    def x(self):
        return self._x
    @property
    def y(self):
        return self._y
    @property
    def length2(self):
        return self.x * self.x + self.y * self.y

def total(points):
    s = 0
    for p in points:
        s += p.x + p.length2
    return s
pts = [Point(i, -i) for i in range(300)]
print(total(pts), total(pts))

# A subclass overriding the property, and one overriding it with a plain
# class attribute: the same site sees them all.
class Scaled(Point):
    @property
    def x(self):
        return self._x * 10
class Fixed(Point):
    x = 7
mixed = [Point(1, 1), Scaled(1, 1), Fixed(1, 1)] * 200
print(total(mixed))

# An AttributeError raised by the getter falls back to __getattr__.
class Lazy:
    def __init__(self):
        self.n = 0
    @property
    def value(self):
        self.n += 1
        if self.n % 100 == 0:
            raise AttributeError("not yet")
        return self.n
    def __getattr__(self, name):
        return -1
def lazies(n):
    z = Lazy()
    out = 0
    for i in range(n):
        out += z.value
    return out
print(lazies(1000))

# The property replaced while the loop runs, then deleted (the instance's
# own attribute shows again), then restored.
class Cfg:
    def __init__(self):
        self.__dict__["mode"] = "instance"
    @property
    def mode(self):
        return "prop"
def modes(c, n):
    seen = []
    for i in range(n):
        m = c.mode
        if not seen or seen[-1][0] != m:
            seen.append((m, i))
        if i == 300:
            Cfg.mode = property(lambda self: "lambda")
        if i == 600:
            del Cfg.mode
        if i == 900:
            Cfg.mode = property(lambda self: "back")
    return seen
print(modes(Cfg(), 1200))

# A getter that recurses through the property itself, deeply, and one
# that raises: the loop sees the getter's exception.
class Node:
    def __init__(self, parent):
        self.parent = parent
    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1
n = None
for i in range(200):
    n = Node(n)
print(sum(n.depth for i in range(50)))

class Broken:
    @property
    def value(self):
        return 1 // self.zero
    zero = 1
def broken(n):
    b = Broken()
    s = 0
    for i in range(n):
        if i == n - 1:
            Broken.zero = 0
        s += b.value
    return s
try:
    print(broken(1000))
except ZeroDivisionError as e:
    print("caught", e, Broken.zero)
