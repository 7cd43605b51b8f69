# bases whose metaclasses are unrelated
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
print("before")
class C(A, B): pass
