# Generic BINARY_OP / COMPARE_OP on ints meeting floats, int / int, and
# sites whose operand types vary: traces compute them natively (an int
# converts to a float only when exact) and must agree with CPython at the
# edges: huge ints, division by zero, NaN and infinities, -0.0.


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mixed(n):
    acc = 0.0
    for i in range(n):
        acc += entry(i, n - i) * 2
        acc = acc - i / 7 + (i * 0.5 - 3)
    return acc


def compare(values, limit):
    below = 0
    equal = 0
    for v in values:
        if v < limit:
            below += 1
        if v == limit:
            equal += 1
        if limit >= v:
            equal += 0
    return below, equal


def divide(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


def powers(items):
    out = []
    for x in items:
        try:
            out.append((x ** 0.5, x ** 2, 2 ** x, x ** -1, x ** 1.5))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def varying(items):
    total = 0
    for x in items:
        total = total + x
        total = total * 1
    return total


print(round(mixed(300), 6))
big = 2**53
print(compare([1, 2.5, 3, 3.0, float("nan"), big + 1, float(big), -0.0, 0], 3))
print(compare([big, big + 1, big - 1, 2.0**53, 2**62, -(2**62)], 2.0**53))
print(compare([1.5, 2, float("inf"), -float("inf")], big + 1))
print(divide([(7, 2), (1, 3), (-9, 4), (big + 1, 3), (1, 0), (2.5, 0), (0, 2.5), (3, -0.0), (10**30, 7), (7, 10**30)]))
for k in range(40):
    print(k / 3, k * 0.25 + k, (k - 20) / -7, 1e308 * k, k - 0.1 > k - 1, -0.0 * k, 0 * -1.0)
for r in powers([4.0, 2.25, 0.0, 1e200, -0.0, float("inf"), float("nan"), 3, 1e-300, 7.5, 1000.0, 0.5]):
    print(r)
print(sum(powers([float(k) + 0.5 for k in range(60)])[k][0] for k in range(60)))
print(varying([1, 2, 3.5, 4, 2**62, 2**62, 1.0, -5]))
print(varying(list(range(100)) + [0.5] + list(range(50))))
print([(2**53 + i) + 0.0 for i in range(-3, 4)])
print([(-(2**53) - i) * 1.0 for i in range(-3, 4)])
