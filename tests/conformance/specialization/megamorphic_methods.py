# A method-call site with more receiver classes than the specialized form's
# two cache entries (the VM's method cache serves the rest): methods
# replaced and added mid-loop, an instance attribute shadowing a method,
# instances of one shape across classes, and a class gaining
# __getattribute__.
class Base:
    def __init__(self, v):
        self.v = v

    def kind(self):
        return "base"

    def value(self):
        return self.v


class A(Base):
    def value(self):
        return self.v * 2


class B(Base):
    def value(self):
        return -self.v


class C(Base):
    def kind(self):
        return "c"


class D(Base):
    def value(self):
        return self.v + 100


class E(D):
    pass


classes = [A, B, C, D, E, Base]
objs = [classes[i % len(classes)](i) for i in range(60)]


def total(objs):
    t = 0
    for o in objs:
        t += o.value()
    return t


def kinds(objs):
    out = []
    for o in objs:
        out.append(o.kind())
    return "".join(k[0] for k in out)


for _ in range(5):
    print(total(objs), kinds(objs))

# Replace a method on one class and on a base class mid-run.
C.value = lambda self: self.v * 1000
print(total(objs))
D.value = lambda self: 7
print(total(objs))
Base.kind = lambda self: "new"
print(kinds(objs))

# Shadow a method by an instance attribute (a new shape).
objs[3].value = lambda: 123456
print(total(objs))
del objs[3].value
print(total(objs))

# Two classes whose instances share a shape.
class P:
    def __init__(self):
        self.v = 1

    def value(self):
        return "P"


class Q:
    def __init__(self):
        self.v = 1

    def value(self):
        return "Q"


class R:
    def __init__(self):
        self.v = 1

    def value(self):
        return "R"


mixed = [P(), Q(), R(), Q(), P(), R()] * 10


def names(objs):
    return "".join(o.value() for o in objs)


for _ in range(3):
    print(names(mixed))

# A class that starts intercepting attribute access.
def getattribute(self, name):
    if name == "value":
        return lambda: "intercepted"
    return object.__getattribute__(self, name)


R.__getattribute__ = getattribute
print(names(mixed))
del R.__getattribute__
print(names(mixed))
