for x in [0.0, -0.0, 1.0, 0.5, -0.1, 1e300, 5e-324, 2.0 ** 60, 3.75, float(2 ** 53 + 1)]:
    print(x, x.as_integer_ratio())
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for n in [0, 7, -12, 2 ** 100, True, False]:
    print(n.as_integer_ratio(), n.bit_count(), (-n).bit_count())
print(float.as_integer_ratio(0.25), int.as_integer_ratio(5), int.bit_count(255))
print((2 ** 200 - 1).bit_count(), (-(2 ** 64)).bit_count())


class I(int):
    pass


class Fl(float):
    pass


print(I(6).as_integer_ratio(), type(I(6).as_integer_ratio()[0]).__name__, Fl(0.75).as_integer_ratio())


class V:
    def __init__(self, n):
        self.n = n

    def __divmod__(self, other):
        if isinstance(other, int):
            return ("fwd", self.n, other)
        return NotImplemented

    def __rdivmod__(self, other):
        return ("rev", type(other).__name__, self.n)


class W(V):
    def __rdivmod__(self, other):
        return ("W.rev", type(other).__name__, self.n)


class N:
    def __divmod__(self, other):
        return NotImplemented


print(divmod(V(1), 2), divmod(3, V(4)), divmod(V(1), W(2)), divmod(N(), V(5)))
for a, b in [(N(), 1), (1, N()), (N(), N()), ("a", 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError", e)
