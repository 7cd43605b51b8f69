# Instances change shape in hot loops: attributes added and deleted mid-loop,
# the same attributes created in different orders, objects of two classes
# alternating at one attribute site, and class attributes shadowed by
# instance attributes.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
s = 0
for i in range(6000):
    if i == 1500:
        p.z = 10
    elif i == 3000:
        del p.x
        p.x = 4            # x now comes after z
    elif i == 4500:
        del p.z
    s += p.x + p.y + getattr(p, "z", 0)
print(s, sorted(p.__dict__))

# same attributes, different insertion order: one site sees both layouts
def make(i):
    o = P.__new__(P)
    if i % 2:
        o.x = i
        o.y = 1
    else:
        o.y = 2
        o.x = i
    return o

objs = [make(i) for i in range(10)]
s = 0
for i in range(5000):
    o = objs[i % 10]
    s += o.x * o.y
print(s, list(objs[0].__dict__), list(objs[1].__dict__))

# two classes alternating at the same attribute and method sites
class A:
    kind = "A"
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class B:
    kind = "B"
    def __init__(self, v):
        self.w = 0
        self.v = v * 10
    def get(self):
        return self.v + self.w

pair = [A(1), B(2)]
s = 0
kinds = ""
for i in range(6000):
    o = pair[i % 2]
    s += o.v + o.get()
    if i % 1000 == 0:
        kinds += o.kind
print(s, kinds)

# a class attribute read through instances, then shadowed on one instance
class C:
    bonus = 1
cs = [C(), C(), C()]
s = 0
for i in range(6000):
    if i == 2000:
        cs[1].bonus = 100
    if i == 4000:
        C.bonus = -1
    s += cs[i % 3].bonus
print(s, cs[1].__dict__)

# attributes growing one per iteration on a single object
class Bag:
    pass
b = Bag()
for i in range(3000):
    setattr(b, "a" + str(i % 200), i)
    if i % 3 == 0:
        setattr(b, "t" + str(i), i)
    if i % 3 == 2 and hasattr(b, "t" + str(i - 2)):
        delattr(b, "t" + str(i - 2))
print(len(b.__dict__), b.a0, b.a199, getattr(b, "t2997", None))

# objects created in the loop with a conditional attribute
class N:
    def __init__(self, i):
        self.i = i
        if i % 3 == 0:
            self.extra = i
s = 0
for i in range(4000):
    n = N(i)
    s += n.i + (n.extra if hasattr(n, "extra") else 1)
print(s)
