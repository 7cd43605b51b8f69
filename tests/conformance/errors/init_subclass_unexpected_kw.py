# a class keyword that no __init_subclass__ takes
class M(type):
    pass
class A(metaclass=M):
    pass
print(type(A).__name__)
class B(A, flavor="x"):
    pass
