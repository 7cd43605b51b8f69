# Hot method-call sites: explicit base-class calls, built-in type methods,
# polymorphic receivers and callees, and a method replaced mid-loop.
class Base:
    def __init__(self, v):
        self.v = v
    def value(self):
        return self.v

class A(Base):
    def __init__(self, v):
        Base.__init__(self, v)
    def value(self):
        return self.v * 2

class B(Base):
    def value(self):
        return -self.v

class C(Base):
    pass

objs = []
for i in range(40):
    objs.append([A, B, C][i % 3](i))
total = 0
for o in objs:
    total += o.value()
print(total)
words = []
for i in range(30):
    words.append(str(i))
    words.append("x".upper())
print(len(words), "".join(words)[:20], {}.get("k", 1), [3, 1, 2].index(2))
def scale(o):
    return o.value()
acc = [scale(o) for o in objs]
C.value = lambda self: 1000
print(sum(acc), sum(scale(o) for o in objs))
d = {}
for i in range(20):
    d.setdefault(i % 4, []).append(i)
print(d, "a,b,,c".split(","), (1, 2, 1).count(1))
