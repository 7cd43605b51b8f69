# Unary forms and GET_ITER in traces: ~x and -x of ints (with a big int
# arriving mid-loop), not of a bool (then of an int), iter() of a list
# that becomes a tuple.
def f(n):
    t = 0
    flags = [True, False, True]
    items = [1, 2, 3]
    for i in range(n):
        b = flags[i % 3]
        if not b:
            t += ~i
        for x in items:
            t += x
        for y in (i, -i):
            t ^= y
        if i == 500:
            flags[0] = 0
        if i == 700:
            items = (4, 5)
        if i == 800:
            i = 2**70
            t += ~i
    return t
print(f(1000), ~(2**62), ~(-2**63), not 0)


import math


def negate_all(values, n):
    out = []
    for i in range(n):
        x = values[i % len(values)]
        y = -x
        if i >= n - len(values):
            out.append((repr(y), math.copysign(1.0, y)))
    return out


print(negate_all([0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), float("nan"), -float("nan")], 2000))
print(negate_all([3, -4, 2**62, -2**63], 1000))
