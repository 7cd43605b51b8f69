# A class method whose function is a class: calling it makes an instance
# (through __class_getitem__ too), and the bound method's repr names it.
import types


class Alias:
    def __init__(self, origin, args):
        self.origin, self.args = origin, args

    def __repr__(self):
        return f"Alias({self.origin.__name__}, {self.args!r})"


class Q:
    __class_getitem__ = classmethod(Alias)
    make = classmethod(Alias)


class R:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Q[int], Q.make("x"), Q().make(3))
print(R[int], R[int, str].__args__)
print(Q.make)
print(Q.__class_getitem__)


class Bad:
    def __init__(self, origin, args):
        return 1


class S:
    __class_getitem__ = classmethod(Bad)


try:
    S[int]
except TypeError as e:
    print("TypeError:", e)
