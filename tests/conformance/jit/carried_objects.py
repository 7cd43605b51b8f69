# Loops that carry a fresh instance from one iteration to the next
# (`pos = pos.add(vel)`): the peeled loop carries its fields instead, and
# the objects are made only where an exit needs them. Exits of every kind
# (a branch's side exit, the loop's end, a guard failing after the class
# changes, garbage collections at the loop's safepoint) must find the
# objects with the right fields, and aliases as one object.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return V(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return V(self.x * k, self.y * k)


def walk(n):
    pos = V(0.0, 0.0)
    vel = V(0.5, -0.25)
    for i in range(n):
        pos = pos.add(vel)
        if i % 1000 == 999:
            vel = vel.scale(-1.0)
    return pos.x, pos.y


def walk_int(n):
    # An exit in the middle reads the previous object and the new one.
    p = V(0, 0)
    d = V(1, 2)
    hist = 0
    for i in range(n):
        q = p.add(d)
        if q.x % 97 == 0:
            hist += q.y - p.y
        p = q
    return p.x, p.y, hist


def aliases(n):
    # Two locals name the same carried object; an exit makes it once.
    p = V(0, 1)
    d = V(2, 3)
    same = 0
    for i in range(n):
        old = p
        p = p.add(d)
        if i % 333 == 0:
            same += (old is p) + (old.x + 2 == p.x)
    return same, p.x, old.y


def kept(n):
    # Some iterations keep the object: it must be the one the loop goes on with.
    p = V(0, 0)
    one = V(1, 1)
    keep = []
    for i in range(n):
        p = p.add(one)
        if i % 500 == 0:
            keep.append(p)
    return [k.x for k in keep[:4]], keep[-1].y, len(keep)


def collected(n):
    # Garbage made in the loop: collections run at the loop's safepoint.
    p = V(0, 0)
    junk = []
    for i in range(n):
        p = p.add(V(1, i % 3))
        junk.append([i, i])
        if len(junk) > 50:
            junk = []
    return p.x, p.y


def changed_class(n):
    # A new attribute on the class mid-loop invalidates the traces.
    p = V(0, 0)
    d = V(3, 1)
    for i in range(n):
        p = p.add(d)
        if i == n // 2:
            V.extra = 1
    return p.x, p.y, p.extra


class Acc:
    def __init__(self, total, count):
        self.total = total
        self.count = count

    def push(self, v):
        return Acc(self.total + v, self.count + 1)


def mean(n):
    a = Acc(0.0, 0)
    for i in range(n):
        a = a.push(i * 0.5)
    return a.total / a.count


def fields_seen(n):
    # The new object's field values are also locals the exits hold.
    p = V(0, 7)
    t = 0
    for i in range(n):
        x = p.x + 1
        p = V(x, p.y)
        if i % 250 == 0:
            t += x - p.x + p.y
    return p.x, p.y, t


def rotate(n):
    # Objects passed down a chain of locals: a, b = b, a + b.
    a = V(0, 1)
    b = V(1, 1)
    for i in range(n):
        a, b = b, a.add(b)
        if b.x > 1000000:
            b = V(b.x % 1000, b.y % 1000)
            a = V(a.x % 1000, a.y % 1000)
    return a.x, a.y, b.x, b.y


class Box:
    def __init__(self, inner, n):
        self.inner = inner
        self.n = n


def nested(n):
    # A carried object holding another fresh object.
    b = Box(V(0, 0), 0)
    for i in range(n):
        b = Box(b.inner.add(V(1, 2)), b.n + 1)
    return b.n, b.inner.x, b.inner.y


print(walk(5000))
print(walk_int(5000))
print(aliases(5000))
print(kept(5000))
print(collected(20000))
print(changed_class(4000))
print(mean(3000))
print(fields_seen(5000))
print(rotate(5000))
print(nested(5000))
