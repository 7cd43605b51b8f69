# C3 method resolution order: diamonds, the classic examples, and failures.
def names(cls):
    return [k.__name__ for k in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(names(K1), names(K3))
print(Z.__bases__ == (K1, K2, K3), len(Z.__mro__))

# Diamond: shared base comes last; methods resolve along the MRO.
class Top:
    def who(self): return "Top"
    def only_top(self): return "only top"
class L(Top):
    def who(self): return "L"
class R(Top):
    def who(self): return "R"
    def r_only(self): return "r only"
class Bottom(L, R): pass
class Bottom2(R, L): pass
print(names(Bottom), Bottom().who(), Bottom().r_only(), Bottom().only_top())
print(names(Bottom2), Bottom2().who())

def attempt(make):
    try:
        cls = make()
        print("ok", names(cls))
    except TypeError as e:
        print("TypeError", e)

class X: pass
class Y(X): pass
def bad1():
    class Bad(X, Y): pass
    return Bad
def good1():
    class Good(Y, X): pass
    return Good
def bad2():
    class Bad(Bottom, Bottom2): pass
    return Bad
def dup():
    class Dup(X, X): pass
    return Dup
def not_class():
    class Weird(X, 3): pass
    return Weird
attempt(bad1)
attempt(good1)
attempt(bad2)
attempt(dup)
attempt(lambda: type("T", (), {}))
attempt(lambda: type("T2", (L, R), {"extra": 1}))
print(type("Dyn", (Top,), {"who": lambda self: "dyn"})().who())
attempt(lambda: type("T3", [L], {}))
attempt(lambda: type("T4", (L,)))
