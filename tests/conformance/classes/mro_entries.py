# PEP 560: a base that is not a class but has __mro_entries__ is replaced
# by the classes it returns; the class keeps the original bases.


class Stand:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.targets


class A:
    def hello(self):
        return "A"


class B:
    pass


class C(Stand(A, B)):
    pass


print(C.__mro__, C.__bases__, C().hello())
print(type(C.__orig_bases__[0]).__name__, "__orig_bases__" in C.__dict__)


class D(A):
    pass


print("__orig_bases__" in D.__dict__)


class E(list[int]):
    pass


e = E([1, 2])
print(E.__bases__, E.__orig_bases__, e, len(e))

class Empty(Stand()):
    pass


print(Empty.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class F(Bad()):
        pass
except TypeError as err:
    print("TypeError:", err)
