# Container dunders: __len__, __getitem__, __setitem__, __contains__, __iter__ (via iter(list)), __bool__.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r * self.w + c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r * self.w + c] = v
    def __contains__(self, v):
        print("contains?", v)
        return v in self.cells
    def __iter__(self):
        return iter(self.cells)
    def __repr__(self):
        rows = []
        for r in range(self.h):
            rows.append(" ".join([str(self[r, c]) for c in range(self.w)]))
        return "\n".join(rows)
g = Grid(3, 2)
g[0, 0] = 1
g[1, 2] = 5
g[0, 1] += 7
print(len(g), g[1, 2], g[0, 1])
print(g)
print(5 in g, 9 in g, 9 not in g)
print(list(g), sum(g), max(g), sorted(g, reverse=True))
for v in g:
    print(v, end=",")
print()
class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(["a", "b", "c"])
print(s[0], s[-1], s[1:], len(s), "b" in s, "z" in s)
print([x for x in s], list(s))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Flag(True)), bool(Flag(False)), bool(Sized(0)), bool(Sized(3)))
if Flag(False) or Sized(0):
    print("no")
else:
    print("both falsy")
print(not Flag(False), Flag(True) and "yes", Sized(0) or "empty")
print([bool(x) for x in [Flag(True), Sized(2), Sized(0)]])
