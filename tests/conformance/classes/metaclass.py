# metaclasses: type subclasses with __new__/__init__/__call__, __prepare__, class keywords, __init_subclass__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        print("made", type(inst).__name__)
        return inst
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()

class A(metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v
    def m(self):
        return 1

a = A(5)
print(a.v, A.tag, type(A) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.hello(), A.upper)
print(type(A).__name__, A.__class__.__name__)
class B(A):
    pass
print(type(B).__name__, B.tag)
b = B(7)
print(b.v, isinstance(b, A))

class Base:
    def __init_subclass__(cls, /, flavor="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        print("init_subclass", cls.__name__, flavor)
class S1(Base, flavor="spicy"):
    pass
class S2(Base):
    pass
print(S1.flavor, S2.flavor)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {}
        d["injected"] = 42
        return d
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=OrderedMeta, extra=1):
    x = injected + 1
print(P.x, P.injected)

def func_meta(name, bases, ns):
    print("func_meta", name)
    return 99
class F(metaclass=func_meta):
    pass
print(F)

class Counted(type):
    count = 0
    def __call__(cls, *a):
        Counted.count += 1
        return super().__call__(*a)
class C1(metaclass=Counted):
    pass
for i in range(5):
    C1()
print(Counted.count)
T = Meta("T", (), {"q": 3})
print(T.q, type(T).__name__, T.tag)
print(type.__new__(type, "Z", (), {}).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
print(repr(A)[:20], R2.__mro__[1].__name__)
