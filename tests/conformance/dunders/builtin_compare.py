# comparisons, NotImplemented for foreign operands, and object's dunders as attributes
print((5).__eq__(5), (5).__eq__(6), (5).__eq__(5.0), (5.0).__eq__(5), (5).__eq__("5"))
print((5).__lt__(6), (5).__lt__(6.5), (5.5).__lt__(6), (5).__ge__(5), (5).__ne__(5), (5).__ne__("a"))
print("a".__lt__("b"), "a".__eq__(1), [1].__eq__([1]), [1].__eq__((1,)), (1,).__le__((1, 2)))
print({1: 2}.__eq__({1: 2}), {1: 2}.__lt__({1: 2}), {1}.__le__({1, 2}), {1}.__eq__(frozenset([1])))
print((1 + 2j).__eq__(1 + 2j), (1j).__lt__(2j), range(3).__eq__(range(0, 3)), None.__eq__(None), None.__eq__(0))
print((5).__add__("a"), (5).__add__(1.5), (1.5).__add__("x"), {1}.__or__([2]), {1: 2}.__or__([3]))
print((5).__radd__(1.5), (5).__mul__([1]), (True).__add__(1))
class C:
    pass
a, b = C(), C()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a), a.__lt__(b), a.__ge__(a))
print(object.__eq__(a, a), object.__ne__(a, b), C.__eq__(a, b))
print(a.__hash__() == hash(a), object.__hash__(a) == hash(a), C.__hash__(a) == hash(a))
print(a.__repr__() == repr(a), object.__repr__(a) == repr(a), a.__str__() == str(a))
print(a.__format__("") == str(a))
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % self.x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
    __hash__ = object.__hash__
    def __str__(self):
        return "P:" + super().__str__()
print(P(1).__ne__(P(1)), P(1).__ne__(P(2)), P(1).__ne__(3), P(1) != P(2))
print(str(P(1)), P(1).__str__(), object.__str__(P(2)), format(P(3)), P(4).__format__(""))
print(hash(P(1)) != hash(P(1)) or True)
class Q:
    def __repr__(self):
        r = super().__repr__()
        return "Q" + r[r.index(" object"):][:7]
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() * 0 + 7
q = Q()
print(repr(q), q == q, q == Q(), q.__eq__(Q()), hash(q))
class E(ValueError):
    def __str__(self):
        return "E!" + super().__str__()
    def __repr__(self):
        return "E-" + super().__repr__()
e = E("bad", 2)
print(str(e), repr(e), e.__str__(), ValueError("x").__str__(), ValueError("x").__repr__(), KeyError("k").__str__())
print(int.__eq__, float.__lt__, str.__hash__, object.__repr__, object.__str__, C.__eq__)
print(NotImplemented.__eq__(NotImplemented))
