# obj.__class__ assigned inside hot loops (the assignment itself traced): fresh instances
# reclassed before their first method call, and one object flipping class every iteration.
class A:
    kind = "a"
    def f(self):
        return 1
class B:
    kind = "b"
    def f(self):
        return 10

total = 0
for i in range(3000):
    o = A()
    if i % 2:
        o.__class__ = B
    total += o.f()
print(total)

flip = A()
seen = []
for i in range(2000):
    flip.__class__ = B if flip.__class__ is A else A
    seen.append(flip.kind)
    total += flip.f()
print(total, seen[:4], seen.count("a"), seen.count("b"))

def step(x):
    x.__class__ = A
    return x.f()
objs = [B() for _ in range(5)]
acc = 0
for i in range(1500):
    b = objs[i % 5]
    acc += b.f()
    if i % 300 == 299:
        acc += step(b)
        b.__class__ = B
print(acc, [type(o).__name__ for o in objs])
