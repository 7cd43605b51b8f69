# The TO_BOOL family (truth tests before conditional jumps): every form
# warms up on its intended operand and then meets others (it deoptimizes);
# classes gain __bool__/__len__ after their instances' sites specialized;
# __bool__/__len__ results are checked as CPython does; comparisons whose
# dunders return non-bools are tested once each. Loops are long enough to be
# traced by the JIT (and change operand types after that).


def truth(x):
    if x:
        return 1
    return 0


class Plain:
    pass


class Sub(Plain):
    pass


# ----- one site: ints, then lists, None, strs, instances, everything -----
n = 0
for i in range(3000):
    n += truth(i % 3)
print("ints", n)
n = 0
for i in range(1500):
    n += truth([0] * (i % 2))
print("lists", n, truth([]), truth([[]]))
n = 0
for i in range(1500):
    n += truth(None)
print("none", n)
n = 0
for i in range(1500):
    n += truth("ab"[: i % 3])
print("strs", n, truth(""), truth("\0"), truth("é"))
n = 0
for i in range(1500):
    n += truth(Plain() if i % 2 else Sub())
print("instances", n)
others = [0, 1, -1, 2 ** 70, -(2 ** 70), 0.0, -0.0, 0.5, float("nan"), True, False, None,
          "", "x", [], [0], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(3),
          range(5, 5), range(2 ** 70, 2 ** 70 + 1), {}.keys(), {1: 2}.values(), {1: 2}.items(),
          Plain, truth, len, print]
print([truth(v) for v in others])
print([1 if v else 0 for v in others], [v for v in others if not v])

# ----- classes that gain __bool__ / __len__ after the site specialized -----
class Grows:
    pass

class GrowsChild(Grows):
    pass

def count_true(items):
    c = 0
    for x in items:
        if x:
            c += 1
    return c

objs = [Grows() for _ in range(600)] + [GrowsChild() for _ in range(600)]
print("before", count_true(objs))
Grows.__len__ = lambda self: 0
print("with __len__", count_true(objs))
Grows.__bool__ = lambda self: isinstance(self, GrowsChild)
print("with __bool__", count_true(objs))
del Grows.__bool__
print("without __bool__", count_true(objs))
del Grows.__len__
GrowsChild.__bool__ = lambda self: False
print("child __bool__", count_true(objs))
del GrowsChild.__bool__
print("restored", count_true(objs))

# ----- __bool__ and __len__ results checked -----
class Returns:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for v in [True, False, 1, 0, None, "yes", 1.0, [], Returns(True)]:
    try:
        print("bool ->", repr(v) if not isinstance(v, Returns) else "Returns", "yes" if Returns(v) else "no")
    except TypeError as e:
        print("TypeError:", e)
for n in [0, 1, 5, True, False, -1, -(2 ** 70), 3.5, "3"]:
    try:
        print("len ->", n, "yes" if Sized(n) else "no")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def hot_bool(values):
    out = []
    for v in values:
        try:
            out.append(1 if v else 0)
        except (TypeError, ValueError) as e:
            out.append(str(e))
    return out

mixed = [Returns(True), Sized(2), Sized(0), Returns(False)] * 300 + [Returns(3), Sized(-2), Returns(None)]
r = hot_bool(mixed)
print(sum(x for x in r if isinstance(x, int)), r[-3:])

# ----- comparisons whose dunders return non-bools, in conditions -----
calls = []

class Truthy:
    def __init__(self, tag, value):
        self.tag = tag
        self.value = value
    def __bool__(self):
        calls.append(self.tag)
        return self.value

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return Truthy("lt%d" % self.v, self.v < other)
    def __eq__(self, other):
        return Truthy("eq%d" % self.v, self.v == other)
    def __gt__(self, other):
        return self.v - other

hits = 0
for i in range(1200):
    c = Cmp(i % 4)
    if c < 2:
        hits += 1
    if c == 3:
        hits += 10
    if c > 1:
        hits += 100
    if not (c < 1):
        hits += 1000
print("cmp hits", hits, len(calls))
del calls[:]
c = Cmp(1)
r1 = "a" if c < 2 < 3 else "b"
r2 = "a" if c < 0 and c == 1 else "b"
r3 = "a" if c < 0 or c == 1 else "b"
r4 = [x for x in range(3) if Cmp(x) == 1]
r5 = type(c < 2).__name__, type(c == 1).__name__
print(r1, r2, r3, r4, r5, calls)
try:
    assert Cmp(5) < 1, "five"
except AssertionError as e:
    print("AssertionError", e)
while Cmp(0) == 0:
    print("while on a comparison")
    break

del calls[:]
t, f = Truthy("t", True), Truthy("f", False)
kinds = []
for i in range(1100):
    if t and f or not t:
        kinds.append(0)
    elif (f or t) and not (f and t):
        kinds.append(1)
    while f or (t and not f):
        kinds.append(2)
        break
print(kinds[:4], len(kinds), len(calls), calls[:12])

# ----- while loops counting down, containers emptied -----
def countdown(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps

def drain(items):
    total = 0
    while items:
        total += items.pop()
    return total

def shrink(s):
    k = 0
    while s:
        s = s[1:]
        k += 1
    return k

print(countdown(5000), countdown(0), countdown(3))
print(drain(list(range(3000))), drain([]), shrink("x" * 1500), shrink(""))
d = {i: i for i in range(5)}
while d:
    d.popitem()
print("dict drained", d)
big = 2 ** 64
while big:
    big //= 7
print("big drained", big)
f = 3.0
while f:
    f = float(int(f - 1))
print("float drained", f)
