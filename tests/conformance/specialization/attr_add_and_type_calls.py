# Stores that add attributes (shape transitions) and calls of built-in types, specialized and then deoptimized.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    def __init__(self, x, y):
        self.z = 0
        P.__init__(self, x, y)


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, i):
    o = cls(i, i + 1)
    o.extra = i
    return o


total = 0
for i in range(300):
    p = make(P, i)
    total += p.x + p.y + p.extra
print(total)

# Another class with another shape at the same sites, then a slotted class:
# the store of `extra` raises there.
for i in range(300):
    q = make(Q, i)
    total += q.x + q.y + q.z + q.extra
print(total)
try:
    make(S, 1)
except AttributeError as e:
    print("AttributeError", e)

# A class that later intercepts stores.
log = []


def hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


P.__setattr__ = hook
p = make(P, 5)
print(log, p.x, p.y, p.extra)
del P.__setattr__

# A property added to the class after the site specialized: the store goes
# through the property's setter.


class R:
    def __init__(self, v):
        self.v = v


rs = [R(i) for i in range(200)]
print(sum(r.v for r in rs))


def set_v(self, value):
    self.__dict__["w"] = value * 10


R.w = property(lambda self: -1, set_v)


def store_w(o, value):
    o.w = value


for i in range(3):
    r = R(i)
    store_w(r, i)
    print(r.w, r.__dict__)

# Built-in type calls at one site with changing callees.
def conv(t, v):
    return t(v)


out = []
for i in range(100):
    out.append(conv(str, i))
print(len(out), out[-1])
print(conv(int, "42"), conv(float, "1.5"), conv(list, "ab"), conv(tuple, [1, 2]))
print(conv(len, "abc"))
for i in range(100):
    out.append(len(list(range(i))) + len(tuple(range(i))))
print(sum(out[100:]))
try:
    conv(int, "x")
except ValueError as e:
    print("ValueError", e)
