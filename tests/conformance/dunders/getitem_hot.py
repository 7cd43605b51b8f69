# obj[key] on instances whose class defines __getitem__ in Python runs it
# as a frame of its own (BINARY_SUBSCR_INSTANCE), inline in traces: every
# way the lookup or the result can change keeps CPython's behaviour.

class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [x * y for y in range(h) for x in range(w)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

def grid_sum(g, n):
    s = 0
    for i in range(n):
        s += g[i % g.w, (i // g.w) % 10]
    return s
g = Grid(8, 10)
print(grid_sum(g, 3000))

# Keys of any type, a getitem raising IndexError to end iteration
# through the old sequence protocol, and KeyError caught by the caller.
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(sum(Seq(500)), list(Seq(5)))

class Table:
    def __init__(self):
        self.d = {"a": 1, "b": 2}
    def __getitem__(self, k):
        return self.d[k]
def lookups(t, n):
    s = 0
    missing = 0
    for i in range(n):
        try:
            s += t["a" if i % 3 else "b"]
            if i % 250 == 0:
                s += t["zz"]
        except KeyError:
            missing += 1
    return s, missing
print(lookups(Table(), 2000))

# __getitem__ replaced on the class mid-loop, then deleted (TypeError),
# and subclasses with their own.
class Box:
    def __getitem__(self, k):
        return k + 1
class Sub(Box):
    def __getitem__(self, k):
        return k * 100
def boxes(n):
    b, c = Box(), Sub()
    s = 0
    for i in range(n):
        s += b[i] + c[i]
        if i == 800:
            Box.__getitem__ = lambda self, k: -k
    return s
print(boxes(1600))
del Box.__getitem__
try:
    Box()[1]
except TypeError as e:
    print("TypeError:", e)

# A __getitem__ that recurses, and one with a default parameter (not the
# fast form, same result).
class Fib:
    def __getitem__(self, n):
        return n if n < 2 else self[n - 1] + self[n - 2]
print(Fib()[18])
class Dflt:
    def __getitem__(self, k, scale=3):
        return k * scale
print(sum(Dflt()[i] for i in range(1000)))

# An instance attribute named __getitem__ is not used (only the class's).
b = Box.__new__(Sub)
b.__getitem__ = lambda k: "instance"
print(b[2])
