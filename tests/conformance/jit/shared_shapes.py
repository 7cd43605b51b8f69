# Classes share instance shapes, so an attribute site specialized for one
# class's instances also matches another's. A trace specialized on a
# receiver depends on that receiver's class: a data descriptor added to it
# later (property, setter) must be seen at once, loads and stores alike.
class A:
    def __init__(self):
        self.x = 1


class B:
    def __init__(self):
        self.x = 2


a = A()
b = B()


def get(o):
    return o.x


def put(o, v):
    o.x = v


for i in range(2000):
    get(a)
    put(a, i)


def run():
    s = 0
    for i in range(3000):
        s += get(b)
        put(b, i % 7)
        if i == 2000:
            B.x = property(lambda self: 100, lambda self, v: log.append(v))
    return s


log = []
print(run(), len(log), log[:5], a.x)


class C(A):
    pass


c = C()
t = 0
for i in range(3000):
    t += get(c) + get(a)
    if i == 1500:
        C.x = 40
        del c.x
print(t)
