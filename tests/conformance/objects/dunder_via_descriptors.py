# Special methods found through descriptors and class-level hooks.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @classmethod
    def zero(cls):
        return cls(0, 0)
    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y
    @property
    def norm2(self):
        return Vec.dot(self, self)
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None

v = Vec(3, 4) + Vec.zero()
print(v, v.norm2, Vec.dot(v, Vec(1, 1)), v == Vec(3, 4))
print([Vec(i, i).norm2 for i in range(3)])

class Vec3(Vec):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
    @property
    def norm2(self):
        return super().norm2 + self.z * self.z
    def __repr__(self):
        return "Vec3(" + super().__repr__() + ", " + str(self.z) + ")"
w = Vec3(1, 2, 2)
print(w, w.norm2, Vec3.zero(), type(Vec3.zero()).__name__)
try:
    hash(w)
except TypeError as e:
    print("TypeError", e)

# Callable instances and methods stored on instances.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
class Holder:
    triple = Multiplier(3)
h = Holder()
h.double = Multiplier(2)
print(h.triple(5), h.double(5), callable(h.double))
h.fn = lambda x: x + 1
print(h.fn(1))

# with-statement dunders defined in a base class.
class Ctx:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
class SubCtx(Ctx):
    pass
with SubCtx() as c:
    raise KeyError("x")
print("after with", type(c).__name__)
