# Reflected arithmetic dunders (__radd__, __rsub__, __rmul__, __rtruediv__, __rfloordiv__, __rmod__, __rpow__).
class Tracer:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "T(" + repr(self.v) + ")"
    def __add__(self, o):
        return Tracer(("add", self.v, o))
    def __radd__(self, o):
        return Tracer(("radd", o, self.v))
    def __sub__(self, o):
        return Tracer(("sub", self.v, o))
    def __rsub__(self, o):
        return Tracer(("rsub", o, self.v))
    def __mul__(self, o):
        return Tracer(("mul", self.v, o))
    def __rmul__(self, o):
        return Tracer(("rmul", o, self.v))
    def __truediv__(self, o):
        return Tracer(("div", self.v, o))
    def __rtruediv__(self, o):
        return Tracer(("rdiv", o, self.v))
    def __floordiv__(self, o):
        return Tracer(("fdiv", self.v, o))
    def __rfloordiv__(self, o):
        return Tracer(("rfdiv", o, self.v))
    def __mod__(self, o):
        return Tracer(("mod", self.v, o))
    def __rmod__(self, o):
        return Tracer(("rmod", o, self.v))
    def __pow__(self, o):
        return Tracer(("pow", self.v, o))
    def __rpow__(self, o):
        return Tracer(("rpow", o, self.v))
    def __neg__(self):
        return Tracer(("neg", self.v))
t = Tracer(1)
print(t + 2, 2 + t)
print(t - 2, 2 - t)
print(t * 2, 2 * t, 2.5 * t)
print(t / 2, 2 / t)
print(t // 2, 2 // t)
print(t % 2, 2 % t, 7 % t)
print(t ** 2, 2 ** t)
print(-t, -(-t))
print(t + t)
print(1 + t * 2, (1 + t) * 2, 2 ** t ** 2)
print(10**30 + t, 0.5 - t, True * t)
x = 5
x += t
print(x)
y = 3
y **= t
print(y)
print(sum([Tracer(1), Tracer(2)], 100))
class Meters:
    def __init__(self, m):
        self.m = m
    def __rmul__(self, k):
        return Meters(k * self.m)
    def __radd__(self, k):
        return Meters(k + self.m)
    def __add__(self, o):
        return Meters(self.m + o.m)
    def __repr__(self):
        return str(self.m) + "m"
print(3 * Meters(2), 0 + Meters(5), sum([Meters(1), Meters(2), Meters(3)]))
