# Operator dunders run as Python frames inside traces: `self` of the dunder
# and `self` of its caller are different locals in different frames, and
# the trace must not confuse them (nor the operands of nested operators).

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

class Sphere:
    def __init__(self, center, r):
        self.center = center
        self.r = r
    def hit(self, origin, d):
        oc = origin - self.center
        b = oc.dot(d)
        c = oc.dot(oc) - self.r * self.r
        return b * b - c

spheres = [Sphere(Vec(0.0, 0.0, 5.0), 1.0), Sphere(Vec(1.5, 0.5, 7.0), 2.0)]
total = 0.0
for i in range(3000):
    o = Vec(i * 0.001, 0.0, 0.0)
    d = Vec(0.0, 0.0, 1.0)
    for s in spheres:
        total += s.hit(o, d)
    o = o + d * 2.0 - Vec(1.0, 1.0, 1.0)
    total += o.x
print(round(total, 6))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return Money(self.cents + other)

m = Money(0)
for i in range(2000):
    m = m + Money(i % 7)
    if i % 500 == 0:
        m = 1 + m
print(m.cents)
try:
    for i in range(1500):
        m = m + (Money(1) if i < 1400 else "x")
except TypeError as e:
    print("TypeError:", e)
print(m.cents)
