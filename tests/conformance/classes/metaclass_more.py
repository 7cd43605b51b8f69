# metaclasses: conflicts, errors raised in class bodies, keyword plumbing, type.__call__
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M3(M1, M2): pass
class C(A, B, metaclass=M3): pass
print(type(C).__name__, [k.__name__ for k in C.__mro__])
try:
    class D(metaclass=M1):
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
def f():
    out = []
    for i in range(4):
        try:
            class E(metaclass=M1, k=i):
                if i % 2:
                    1/0
        except ZeroDivisionError:
            out.append(("zde", i))
        except TypeError as e:
            out.append((str(e), i))
    return out
print(f())
try:
    class G(x=1): pass
except TypeError as e:
    print(e)
try:
    type.__new__(M1, "a")
except TypeError as e:
    print(e)
class H(object, metaclass=type): pass
print(type(H).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("kw", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()
opts = {"b": 2, "c": 3}
class K(Base, a=1, **opts): pass
class K2(K): pass
print(type.__call__(int, "5"), type.__call__(K2).__class__.__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*args, **kwargs)
        return Singleton._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name
x = Config("first")
y = Config("second")
print(x is y, y.name)
for i in range(50):
    z = Config(i)
print(z is x, z.name)

class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k in ns if not k.startswith("_")]
        ns["_fields"] = tuple(fields)
        return super().__new__(mcls, name, bases, ns)
class Point(metaclass=AutoRepr):
    x = 0
    y = 0
print(Point._fields, type(Point) is AutoRepr, isinstance(Point(), Point))

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            Plugin.registry[key] = cls
class PA(Plugin, key="a"): pass
class PB(Plugin, key="b"): pass
class PC(PB): pass
print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))

class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Gen[int], Gen["x", 1])
