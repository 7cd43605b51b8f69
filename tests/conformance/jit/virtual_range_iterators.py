# Range iterators a trace makes and steps before an inner loop's own
# trace takes over (`rt range_iter` left unmade: each step is a
# `range_item` at a constant index, and exits make the iterator at that
# index), forward and reversed, empty, ending early, and with bounds
# that change type between runs.


def grid_sums(h, w):
    out = []
    for r in range(h):
        row = []
        for c in range(w):
            t = 0
            for d in range(3):
                t += r * d - c
            row.append(t)
        out.append(row)
    return out


def reversed_rows(n):
    out = []
    for r in range(n):
        acc = []
        for c in reversed(range(r % 5)):
            acc.append(c)
            if c == 2:
                break
        out.append(tuple(acc))
    return out


def empty_and_short(n):
    total = 0
    for i in range(n):
        for j in range(i % 3):
            total += j + 1
        for j in range(5, i % 7):
            total += j
    return total


def first_item_only(n):
    firsts = []
    for i in range(n):
        for j in range(i, i + 4):
            firsts.append(j)
            break
    return sum(firsts), firsts[-3:]


def bound_types(values):
    out = []
    for v in values:
        try:
            for j in range(v):
                out.append(j)
                break
        except TypeError as e:
            out.append(str(e))
    return out


print(grid_sums(4, 5))
print(grid_sums(7, 3)[-1])
print(reversed_rows(12))
print(empty_and_short(200))
print(first_item_only(300))
print(bound_types([3, 2, 1, 0, 2, 1.5, 2, True, 2**70, 2]))
