# Set comparisons, `-`, `&` and iteration in traces (`rt set_compare`,
# `rt set_binop`, `iter_next set`): exact results and order, and exits
# wherever a key's `__eq__` would run or a set changes size mid-loop.
free = frozenset(range(40))
pieces = [frozenset([i, i + 1, i + 7]) for i in range(36)] + [frozenset([3, 99])]

def fits(free, pieces):
    out = []
    for p in pieces:
        if p <= free and not (p > free) and p != free and p < free:
            rest = free - p
            near = rest & frozenset([p_ + 2 for p_ in p])
            out.append((min(rest), len(near), sorted(near)[:2]))
        elif p >= free or p == free:
            out.append("never")
    return out

r = fits(free, pieces)
print(len(r), r[:3], r[-2:])

def walk(sets):
    total = 0
    order = []
    for s in sets:
        for x in s:
            total += x
        order.append(list(s - {0})[:3])
        order.append(type(s & s).__name__)
    return total, order[-4:]

print(walk([{1, 2, 3}, frozenset({5, 8, 13}), set(range(30)), {0, -1}] * 20))

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v

ks = [Key(i) for i in range(9)]
def mixed(n):
    out = []
    for i in range(n):
        a = {ks[i % 9], ks[(i + 1) % 9], 7}
        b = {ks[(i + 1) % 9], 7, ks[(i + 4) % 9]} if i % 5 else {1, 2}
        out.append((a <= b, len(a - b), sorted(map(repr, a & b)), a == b))
    return out

print(mixed(60)[-6:])

def shrink(n):
    caught = 0
    for i in range(n):
        s = {1, 2, 3, i}
        try:
            for x in s:
                if x == i and i % 4 == 0:
                    s.add(i + 100)
        except RuntimeError as e:
            caught += 1
            last = str(e)
    return caught, last

print(shrink(80))
print(sorted(frozenset({1, 2}) - set()), frozenset() <= set(), set() < {1}, {1} - {1.0}, {1.0} & {1}, {True} <= {1})
