# Dict and set operations with keys other than small ints and strs, in
# loops hot enough for traces: tuples, floats, None and bools, instances
# hashed by identity, and instances whose __hash__/__eq__ are Python code
# (which traces leave to tier 1), including classes that change mid-loop.


class Node:
    def __init__(self, n):
        self.n = n


class Point:
    calls = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        Point.calls += 1
        return isinstance(other, Point) and self.x == other.x and self.y == other.y


class OnlyEq:
    def __eq__(self, other):
        return True


class Five:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("Five.__eq__", other)
        return other == 5


def tuple_keys():
    d = {}
    for i in range(40):
        d[(i, i % 3)] = i
    total = 0
    for r in range(30):
        for i in range(40):
            total += d[(i, i % 3)]
            if (i % 3, i) in d:
                total += 1000
            if (i, (i, "x")) not in d:
                total += 1
            total += d.get((i, i % 3), -1) + d.get((i, 99), 0)
    print("tuple keys", total, len(d))
    try:
        for i in range(50):
            total += d[(i, i % 3)]
    except KeyError as e:
        print("KeyError", e)
    try:
        for i in range(50):
            d[(i, [i])] = 0
    except TypeError as e:
        print("TypeError", e)


def scalar_keys():
    d = {1.5: "f", None: "n", True: "t", False: "f0", 2.0: "two"}
    out = []
    for i in range(60):
        k = [1.5, None, True, False, 2.0, 2, 1][i % 7]
        out.append(d[k])
        d[k] = d[k]
        if float(i) in d:
            out.append("in")
    print("scalar keys", "".join(out[:20]), len(out), sorted(d.items(), key=repr))


def identity_keys():
    nodes = [Node(i) for i in range(50)]
    index = {}
    for i, n in enumerate(nodes):
        index[n] = i
    seen = set()
    total = 0
    for r in range(20):
        for n in nodes:
            total += index[n]
            if n in seen:
                total += 1
            seen.add(n)
            if n not in index:
                total -= 1000
    print("identity keys", total, len(seen))
    other = Node(0)
    for r in range(30):
        if other in index or other in seen:
            print("found a stranger")
    print(index.get(other, "absent"), nodes[3] in index)


def python_keys():
    d = {}
    for i in range(20):
        d[Point(i, -i)] = i
    Point.calls = 0
    total = 0
    for r in range(20):
        for i in range(20):
            total += d[Point(i, -i)]
            if Point(i, i + 1) in d:
                total += 1000
    print("python keys", total, Point.calls)
    s = {Point(1, 2), Point(3, 4)}
    hits = 0
    for r in range(100):
        hits += Point(1, 2) in s
        s.add(Point(r % 5, 0))
    print("python set", hits, len(s))
    for i in range(40):
        try:
            d[OnlyEq()] = 1
        except TypeError as e:
            if i == 39:
                print("TypeError", e)


def hash_matches_an_int():
    d = {Five(): "five", 6: "six"}
    for i in range(30):
        v = d.get(6)
        if i % 10 == 0:
            print(d[5], v, 5 in d, Five() in {1, 2})


def class_changes_mid_loop():
    nodes = [Node(i) for i in range(10)]
    d = {n: n.n for n in nodes}
    s = set(nodes)
    counts = []
    for r in range(60):
        if r == 30:
            # (Keys stored under the old hash are not looked up again: a
            # probe for the new hash may or may not meet them.)
            Node.__hash__ = lambda self: 7
            d = {n: n.n for n in nodes}
            s = set(nodes)
        found = sum(1 for n in nodes if n in d) + sum(1 for n in nodes if n in s)
        counts.append(found + (Node(0) in d) + (Node(1) in s))
    print("class change", counts[0], counts[29], counts[30], counts[-1])
    Node.__eq__ = lambda self, other: True
    d2 = {}
    for r in range(40):
        d2[Node(r)] = r
    print("all equal", len(d2), list(d2.values()))
    del Node.__hash__
    del Node.__eq__
    d3 = {}
    for r in range(40):
        d3[Node(r)] = r
    print("identity again", len(d3))


tuple_keys()
scalar_keys()
identity_keys()
python_keys()
hash_matches_an_int()
class_changes_mid_loop()
