# `x in r` with a Python __contains__ (CONTAINS_OP_INSTANCE),
# `g[k] = v` with a Python __setitem__ (STORE_SUBSCR_INSTANCE) and
# `len(c)` with a Python __len__ (CALL_LEN_INSTANCE) run inline: the
# container, item, key and value as the method's locals in its order,
# `not in` as the negation of the bool it returns, __setitem__'s return
# dropped, __len__'s checked to be an int and not negative.
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x and x < self.hi


class Cells:
    def __init__(self, n):
        self.cells = [0] * n

    def __setitem__(self, k, v):
        self.cells[k] = v

    def __len__(self):
        return len(self.cells)


def f(r, c, n):
    t = 0
    for i in range(n):
        if i not in r:
            t += 1
        c[i % len(c)] = t
    return t


r = Range(3, 7)
c = Cells(4)
print(f(r, c, 12), f(r, c, 12), c.cells)
