# `item in obj` and `obj[key] = value` on instances whose class defines
# __contains__ / __setitem__ in Python (CONTAINS_OP_INSTANCE,
# STORE_SUBSCR_INSTANCE): the method runs as a frame in tier 1 and inline
# in traces, with the operands in the method's order; `in` takes the
# truth of what it returns, `not in` its negation; __setitem__'s return
# is dropped.


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __contains__(self, x):
        return x in self.items


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
        return "ignored"

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]


def membership(n):
    b = Bag(range(0, 50, 3))
    hits = 0
    misses = 0
    for i in range(n):
        if i % 60 in b:
            hits += 1
        if i % 7 not in b:
            misses += 1
    return hits, misses


print(membership(3000))


def fill(n):
    g = Grid(8, 8)
    for i in range(n):
        g[i % 8, (i // 8) % 8] = i
    return sum(g.cells), g[3, 4]


print(fill(3000))


class Truthy:
    # Returns things that are not bools: `in` takes their truth.
    def __contains__(self, x):
        return x % 3

    def __len__(self):
        return 1


def truth(n):
    t = Truthy()
    out = []
    for i in range(n):
        out.append(i in t)
        out.append(i not in t)
    return out[:6], out.count(True)


print(truth(1000))


class Strict:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        if k == 999:
            raise KeyError("no 999")
        self.d[k] = v

    def __contains__(self, k):
        if k == 998:
            raise ValueError("no 998")
        return k in self.d


def strict(n):
    s = Strict()
    try:
        for i in range(n):
            s[i] = i * i
            if i in s and (i - 1) not in s and i > 0:
                return "missing", i
    except (KeyError, ValueError) as e:
        return type(e).__name__, str(e), len(s.d)
    return len(s.d)


print(strict(500), strict(1000))


class Log(dict):
    # A dict subclass overriding __setitem__: the override runs.
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


def logged(n):
    d = Log()
    for i in range(n):
        d[i % 10] = i
    return sorted(d.items())


print(logged(500))


class Switchy:
    def __contains__(self, x):
        return x < 10


def switched(n):
    s = Switchy()
    c = 0
    for i in range(n):
        if i == n // 2:
            Switchy.__contains__ = lambda self, x: x >= 10
        if i % 20 in s:
            c += 1
    return c


print(switched(800))


def chained(n):
    # The item and container are computed values; the result feeds arithmetic.
    bags = [Bag([1, 2]), Bag([3])]
    return sum((i % 4 in bags[i % 2]) + (i % 4 not in bags[(i + 1) % 2]) for i in range(n))


print(chained(2000))
