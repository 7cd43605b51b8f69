# type.mro() and __base__.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(A, int):
    pass


class F(C, ValueError):
    pass


class G(list):
    pass


for k in [A, B, C, D, E, F, G, object, int, bool, ValueError, BaseException, list, dict, str]:
    m = k.mro()
    print(k.__name__, type(m).__name__, [c.__name__ for c in m], m == list(k.__mro__), k.__base__)
print(type.mro(D) == list(D.__mro__), type.mro(int), type.mro(type))
print(object.__base__, type.__base__, bool.__base__)


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


class N(M):
    pass


print(N.mro(), N.__base__, Meta.mro(Meta), Meta.__base__)
show(lambda: Meta.mro())
show(lambda: type.mro())
show(lambda: type.mro(5))
show(lambda: A.mro(1))
show(lambda: A().mro)
show(lambda: D.mro.__name__)
