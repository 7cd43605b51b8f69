# Special methods that are not functions: a callable instance or bound
# method is called without the instance, a descriptor is bound by __get__.
import functools

log = []


class Callable:
    def __call__(self, *a):
        log.append(("called", len(a)))
        return 3


class Desc:
    def __get__(self, obj, cls):
        log.append(("get", type(obj).__name__, cls.__name__))
        return lambda *a: "R%d" % len(a)


class Other:
    def m(self, *a):
        log.append(("other", len(a)))
        return 7


o = Other()


class A:
    __len__ = Callable()
    __repr__ = Desc()
    __neg__ = o.m
    __pos__ = functools.partial(lambda *a: len(a), 10)
    __contains__ = staticmethod(lambda item: item == 2)
    __abs__ = classmethod(lambda cls: cls.__name__)


a = A()
print(len(a), repr(a), -a, +a, 2 in a, 3 in a, abs(a))
print(log)
