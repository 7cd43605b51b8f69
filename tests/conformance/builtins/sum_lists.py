# sum() of lists and tuples: small ints, floats, overflow into big ints, mixed
# numbers (the fast start hands over to the general loop), non-numbers.
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([1, 2.5, 3]), sum([2**62, 2**62, 1]), sum([1.0, 2, 3]), sum([], 5), sum([1, 2], 0.5))
print(sum([True, True, 1]), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5)), sum([-2**63, -1]))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v


print(sum([1, 2, Num(3), 4]), sum((1.0, Num(2.0), 3.0)))
big = list(range(10000))
print(sum(big), sum(big, 0.0), sum([0.5] * 9999 + [1]))
