# Unpacking: a tuple returned by an inlined call and unpacked by the
# caller is never made (its items are the values it was built from, and
# dce removes the `rt tuple2`); a list and a tuple from outside the trace
# are unpacked with `guard_kind`, `guard_len` and `load_item`.
def divmod_pair(a, b):
    return a // b, a % b

def run(n, pairs, triple):
    s = 0
    for i in range(n):
        q, r = divmod_pair(i + 7, 3)
        x, y = pairs[i % 2]
        a, b, c = triple
        s += q * r + x - y + a + b * c
    return s
print(run(30, [[1, 2], [3, 4]], (5, 6, 7)))
