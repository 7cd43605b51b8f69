# Allocation sinking (opt::sink_allocations): objects a trace makes that
# only its exits need are made by the exit that is taken. Each function
# here makes such an object, and a rare path (a guard the trace fails)
# then uses it in tier 1: the object must be there, whole, with its
# identity, as if the trace had made it.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def sub(self, o):
        return V(self.x - o.x, self.y - o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def hit(p, c, r):
    d = p.sub(c)
    b = d.dot(d)
    if b < r:
        # Rare: the exit makes d, tier 1 returns it.
        return d
    return None


def scan(points, c, r):
    found = []
    for p in points:
        h = hit(p, c, r)
        if h is not None:
            found.append((type(h).__name__, h.x, h.y))
    return found


points = [V(float(i % 97), float(i % 89)) for i in range(3000)]
print(scan(points, V(40.0, 40.0), 2.0))
# An int coordinate: the float guards in dot fail with d made.
points[2500] = V(7, 9)
print(scan(points, V(40.0, 40.0), 2.0)[-3:])


class Box:
    def __init__(self):
        self.n = 0


box = Box()


def norm(a, b):
    t = (a, b)
    x, y = t
    # (An effect: exits after it resume inside this call, t made.)
    box.n = x
    if x > 2990:
        return t
    return x * x + y * y


def norms(n):
    total = 0
    kept = []
    for i in range(n):
        r = norm(i, i + 1)
        if type(r) is tuple:
            kept.append(r)
        else:
            total += r
    return total, kept


print(norms(3000), box.n)


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def nested(v, limit):
    a = V(v, v + 1)
    p = Pair(a, a)
    if v > limit:
        return p
    return v


def nesteds(n):
    out = []
    s = 0
    for i in range(n):
        r = nested(i, n - 3)
        if isinstance(r, Pair):
            out.append((r.left is r.right, r.left.x, r.right.y))
        else:
            s += r
    return s, out


print(nesteds(3000))


class Empty:
    pass


def cycle(v, limit):
    a = Empty()
    b = Empty()
    a.other = b
    b.other = a
    a.v = v
    if v > limit:
        return a
    return None


def cycles(n):
    got = []
    for i in range(n):
        a = cycle(i, n - 2)
        if a is not None:
            got.append((a.other.other is a, a.v, hasattr(a.other, "v")))
    return got


print(cycles(3000))


def listed(a, b, limit):
    l = [a, b]
    same = l
    box.n = b
    if a > limit:
        return l, same
    return a + b


def lists(n):
    s = 0
    out = []
    for i in range(n):
        r = listed(i, -i, n - 2)
        if type(r) is tuple:
            l, same = r
            l.append(0)
            out.append((l is same, same))
        else:
            s += r
    return s, out


print(lists(3000), box.n)


def partial(v, limit):
    # The exit inside V.__init__ (a type that changes at the end) makes
    # the instance as far as it was built.
    return V(v, v * limit).x


def partials(n):
    s = 0
    for i in range(n):
        s += partial(i, 2 if i < n - 5 else 2.5)
    return s


print(partials(3000))
