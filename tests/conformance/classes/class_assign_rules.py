# Assigning obj.__class__: CPython's checks (both classes made by class statements, same built-in
# base and __slots__) and messages; the instance keeps its attributes and follows the new class.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class S:
    __slots__ = ("x",)
class T:
    __slots__ = ("x",)
class L(list): pass
class D(dict): pass
class L2(list): pass
class E(ValueError): pass
class F(TypeError): pass
class O(OSError): pass
a = A()
a.v = 1
a.__class__ = B
print(a.f(), type(a).__name__, a.v, vars(a), isinstance(a, B), isinstance(a, A))
for obj, cls in [(A(), 5), (A(), S), (S(), T), (S(), A), (L(), D), (L([1]), L2), (1, A), ([], L), (L(), list),
                 (E(), F), (E(), O), (A(), int), (A(), object), (E("m"), Exception)]:
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError", e)
s = S(); s.x = 3; s.__class__ = T; print(s.x, type(s).__name__)
class P:
    def __init__(self): self.a = 1
    def __setattr__(self, n, v):
        print("setattr", n)
        object.__setattr__(self, n, v)
p = P()
p.__class__ = A
print(type(p).__name__, p.f(), p.a)
