# Set algebra on two sets (`guard_kind set` on both): a comparison as `rt
# set_compare` and `-` as `rt set_binop` with the operator as a constant
# (both exit where a key's `__eq__` would run), and a loop over a
# frozenset stepped by `iter_next set`.
def fits(free, pieces):
    n = 0
    for p in pieces:
        if p <= free:
            n += len(free - p)
        for x in p:
            n += x
    return n

print(fits(frozenset(range(10)), [frozenset([1, 2, 5]), frozenset([3, 11])] * 20))
