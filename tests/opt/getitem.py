# obj[key] with a Python __getitem__ (BINARY_SUBSCR_INSTANCE): the method
# runs inline with the container and the key as its locals (guard_class
# on the container), unpacking its tuple key from the items the tuple was
# built from.
class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = list(range(w * w))
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

def run(g, n):
    s = 0
    for i in range(n):
        s += g[i % 4, 1]
    return s
print(run(Grid(4), 30))
