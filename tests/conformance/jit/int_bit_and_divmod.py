# Small-int &, |, ^, <<, >>, // and % in hot loops: the JIT computes them
# natively and must exit to tier 1 exactly where Python's results leave the
# small-int range (overflowing shifts, i64::MIN // -1) or raise.
vals = [0, 1, -1, 2, -2, 3, 7, -7, 62, 63, 64, -64, 2**62, -2**62,
        2**63 - 1, -2**63, 123456789, -987654321, 10**18, -10**18]


def run(vals):
    acc = 0
    errors = []
    for x in vals:
        for y in vals:
            a = x & y
            b = x | y
            c = x ^ y
            acc ^= (a + b) % 1000003
            acc ^= c % 999983
            try:
                acc ^= (x // y) % 1000
            except ZeroDivisionError as e:
                errors.append(str(e))
            try:
                acc ^= (x % y) % 997
            except ZeroDivisionError as e:
                errors.append(str(e))
            try:
                acc ^= (x >> y) % 991
                acc ^= (x << (y % 70)) % 983
            except ValueError as e:
                errors.append(str(e))
    return acc, len(errors), sorted(set(errors))


for i in range(30):
    t = run(vals)
print(t)
print(-2**63 // -1, -2**63 % -1, (2**62) << 1, 1 << 63, -1 >> 70, 5 >> 64)
