# The call and descriptor protocols as attributes: f.__call__, f.__get__, property.__get__/__set__/
# __delete__, staticmethod/classmethod __get__ and __wrapped__, __isabstractmethod__, C.__call__.
import abc

def f(self, x=1):
    return ("f", type(self).__name__, x)

class C:
    def __init__(self, v=0):
        self.v = v
    def m(self):
        return self.v
    def _get(self):
        return self._x
    def _set(self, value):
        self._x = value * 2
    def _del(self):
        del self._x
    x = property(_get, _set, _del)
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def k(cls, a):
        return cls.__name__, a

c = C(5)
print(f.__get__(c, C)(), f.__get__(c)(3), f.__get__(None, C) is f)
print(f.__call__(c), (lambda: 7).__call__(), C.m.__call__(c), c.m.__call__())
print(len.__call__([1, 2]), print.__call__("via print.__call__"), sorted.__call__([3, 1]))
print(type(C.__call__(9)).__name__, C.__call__(9).v, int.__call__("12"), type.__call__(C, 4).v)
print(all(hasattr(o, "__call__") for o in [f, len, c.m, C, int, staticmethod(f), lambda: 0]))
print(any(hasattr(o, "__call__") for o in [c, 1, "s", [], None]))
p = C.__dict__["x"]
p.__set__(c, 4)
print(c.x, p.__get__(c), p.__get__(c, C), p.__get__(None, C) is p)
p.__delete__(c)
print(hasattr(c, "_x"))
sm, cm = C.__dict__["s"], C.__dict__["k"]
print(sm.__get__(c)(1), sm.__get__(None, C)(2), cm.__get__(c)(3), cm.__get__(None, C)(4))
print(sm.__wrapped__(10), cm.__wrapped__(C, 11), sm.__wrapped__ is sm.__func__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__, p.__isabstractmethod__)

class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...
    @staticmethod
    @abc.abstractmethod
    def make():
        ...
print(Base.__dict__["area"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__, sorted(Base.__abstractmethods__))

ro = property(lambda self: 1)
for fn in [lambda: f.__get__(None, None), lambda: f.__get__(None), lambda: ro.__set__(c, 1),
           lambda: ro.__delete__(c), lambda: property().__get__(c), lambda: type(f.__get__(c, 5)).__name__]:
    try:
        print(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
