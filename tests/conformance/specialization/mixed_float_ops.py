# Float arithmetic with a float or an int on the other side, in a hot loop
# (no specialized form runs mixed operands or `**`): ints beyond 2**53,
# zero and negative zero divisors, infinities, NaN, overflow, negative
# bases, and bools and big ints (which take the general path).
ints = [0, 1, -1, 3, 2**53 + 1, -(2**53 + 1), 2**62, -(2**63), True, False, 2**70]
floats = [0.0, -0.0, 1.5, -2.5, 1e308, float("inf"), float("-inf"), float("nan"), 0.1]


def show(f, x, y):
    try:
        r = f(x, y)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


ops = [
    lambda x, y: x + y,
    lambda x, y: x - y,
    lambda x, y: x * y,
    lambda x, y: x / y,
    lambda x, y: x**y,
]
for _ in range(3):
    out = []
    for f in ops:
        for i in ints:
            for x in floats:
                out.append(show(f, i, x))
                out.append(show(f, x, i))
        for x in floats:
            for y in floats:
                out.append(show(f, x, y))
    print(len(out))
print("\n".join(out))
acc = 0.0
for i in range(200):
    acc += i / 7.0
    acc -= i * 0.5
    acc = acc * 1.0001 + 2
    acc += (i + 1) ** 0.5
print(acc)
