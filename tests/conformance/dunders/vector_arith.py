# Arithmetic dunders on a Vector class, including reflected operators like 3 + v.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        print("radd called with", o)
        return Vec(o + self.x, o + self.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def norm2(self):
        return self * self
a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(a + 10, 10 + a, 10 - a, -a, -(-a))
print(b / 2, b // 2, b % 3, a ** 2, b.norm2())
print(a == Vec(1, 2), a != Vec(1, 2), a == b, a == "x", a != 5)
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total += v
print(total)
print(sum([a, b], Vec(0, 0)))
print(sum([a, b]))
c = a
c += Vec(1, 1)
print(a, c)
m = a
m *= 2
print(m, a)
print(Vec(1.5, -0.0) * 2, Vec(2**70, 1) + 1, Vec(7, -7) // -2, Vec(7, -7) % -3)
