# A set of instances whose class has a Python `__hash__` (and `__eq__`),
# looked up with the stored objects themselves (`CONTAINS_OP_HASH`):
# `__hash__` runs inline over a copy of the key (`guard_class`, its body
# on the key's slots), then `rt key_in_hashed` probes with its result,
# exiting at `__hash__`'s return (where tier 1 would probe) if a stored
# key's `__eq__` had to run. A dict store with a fresh key of the same
# class (`STORE_SUBSCR_DICT_HASH`) runs the same way through
# `rt dict_set_hashed`. A lookup with a fresh equal key (`grid[Cell(...)]`)
# also runs the stored key's `__eq__` inline: `rt key_eq_candidate` gives
# the stored key to compare (guarded to the class recorded), `__eq__`'s
# body runs with it and the key, and `rt dict_get_hashed` finds it.
class Cell:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        return self.x * 31 + self.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


def count(cells, live, n):
    seen = 0
    marks = {}
    for i in range(n):
        c = cells[i % 4]
        if c in live:
            seen += 1
        marks[c] = i
    return seen, len(marks)


def lookup(grid, n):
    total = 0
    for i in range(n):
        total += grid[Cell(i % 2, 1)]
    return total


cells = [Cell(i, i + 1) for i in range(4)]
print(count(cells, set(cells[:2]), 12))
print(lookup({Cell(0, 1): 5, Cell(1, 1): 7}, 12))
