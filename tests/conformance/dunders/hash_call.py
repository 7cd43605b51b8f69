# __hash__ + __eq__ for use as dict keys; __call__ for callable objects.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return isinstance(o, Key) and self.a == o.a and self.b == o.b
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(" + str(self.a) + "," + str(self.b) + ")"
d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
d[Key(1, 2)] = "overwritten"
print(d, len(d))
print(d[Key(3, 4)], Key(1, 2) in d, Key(2, 1) in d)
print(hash(Key(1, 2)) == hash((1, 2)), hash(Key(5, 6)) == hash(Key(5, 6)))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "C" + str(self.v)
e = {ConstHash(1): 1, ConstHash(2): 2, ConstHash(1): 3}
print(e, hash(ConstHash(9)))
class Small:
    def __hash__(self):
        return -1
print(hash(Small()))
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(10, 2), add5(x=0, scale=3), add5.calls)
print([add5(i) for i in range(3)], add5.calls)
def apply(f, v):
    return f(v)
print(apply(add5, 100), apply(Adder(-1), 1))
class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        r = 0
        for c in reversed(self.coeffs):
            r = r * x + c
        return r
p = Poly([1, 0, 2])
print(p(0), p(3), p(10**10), p(0.5), [p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2], key=p), max(range(-5, 4), key=p))
