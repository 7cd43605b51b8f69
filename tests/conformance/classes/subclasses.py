# type.__subclasses__(): direct subclasses, oldest first.


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in C.__subclasses__()], D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__(), A.__subclasses__() is A.__subclasses__())


class E(Exception):
    pass


class F(E, ValueError):
    pass


print([k.__name__ for k in E.__subclasses__()], F in ValueError.__subclasses__(), E in Exception.__subclasses__())
print(bool in int.__subclasses__(), KeyError in LookupError.__subclasses__())


class L(list):
    pass


print(L in list.__subclasses__(), [k.__name__ for k in L.__subclasses__()])


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: A.__subclasses__(1))
show(lambda: type.__subclasses__(5))
show(lambda: type.__subclasses__())
