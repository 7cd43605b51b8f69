# Attribute and method sites that see several classes stay generic in
# tier 1; traces specialize them on the receiver they saw. Changing any
# of those classes, shadowing a method with an instance attribute, or
# adding __getattribute__ must be seen at once.
class A:
    def __init__(self):
        self.v = 1

    def m(self):
        return self.v


class B:
    def __init__(self):
        self.w = 0
        self.v = 2

    def m(self):
        return self.v * 10


class C:
    def __init__(self):
        self.v = 3

    def m(self):
        return -self.v


objs = [A(), B(), C(), A(), B()]


def run(n):
    s = 0
    for i in range(n):
        o = objs[i % 5]
        s += o.m() + o.v
    return s


print(run(3000))
B.m = lambda self: 7
print(run(3000))
objs[0].m = lambda: 100
print(run(3000))


def spy(self, name):
    if name == 'v':
        return 1000
    return object.__getattribute__(self, name)


C.__getattribute__ = spy
print(run(3000))
del C.__getattribute__
A.v = property(lambda self: 5)
print(run(3000))
