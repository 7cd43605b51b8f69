# A method called in a hot loop is replaced on the class mid-loop, an instance
# attribute later shadows it, and a base-class method is overridden by a new
# subclass attribute: every call must reach the current definition.

class Counter:
    def __init__(self):
        self.n = 0
    def step(self, i):
        return i + 1

def twice(self, i):
    return 2 * i

def minus(self, i):
    return -i

c = Counter()
total = 0
for i in range(6000):
    if i == 2000:
        Counter.step = twice
    elif i == 4000:
        Counter.step = minus
    total += c.step(i)
print(total)

# an instance attribute (a plain function, not bound) shadows the method,
# then is deleted so the class method is found again
def shadow(i):
    return 1000

Counter.step = twice
d = Counter()
total = 0
for i in range(6000):
    if i == 1500:
        d.step = shadow
    elif i == 3000:
        del d.step
    elif i == 4500:
        d.__dict__["step"] = shadow
    total += d.step(i)
print(total, "step" in d.__dict__)

# method lookup through a base class; the subclass overrides it mid-loop
class Base:
    def value(self):
        return 1

class Derived(Base):
    pass

objs = [Base(), Derived(), Derived()]
total = 0
for i in range(6000):
    if i == 3000:
        Derived.value = lambda self: 10
    if i == 4500:
        Base.value = lambda self: 100
    total += objs[i % 3].value()
print(total)

# replacing the method from inside the method itself
class SelfPatch:
    calls = 0
    def go(self):
        SelfPatch.calls += 1
        if SelfPatch.calls == 2500:
            SelfPatch.go = SelfPatch.go2
        return 1
    def go2(self):
        SelfPatch.calls += 1
        return 3

s = SelfPatch()
total = 0
for i in range(5000):
    total += s.go()
print(total, SelfPatch.calls)

# a method replaced by a staticmethod and then by a classmethod
class Kinds:
    tag = "K"
    def f(self, i):
        return i % 7

k = Kinds()
total = 0
for i in range(6000):
    if i == 2000:
        Kinds.f = staticmethod(lambda i: i % 5)
    elif i == 4000:
        Kinds.f = classmethod(lambda cls, i: len(cls.tag) + i % 3)
    total += k.f(i)
print(total)

# a bound method cached in a local keeps calling the old function
class Old:
    def m(self):
        return 1
o = Old()
bound = o.m
total = 0
for i in range(4000):
    if i == 2000:
        Old.m = lambda self: 5
    total += bound() + o.m()
print(total)
