# Comparisons: equality by content, subset/superset ordering.
a = {1, 2}
b = frozenset({2, 1})
print(a == b, b == a, a != b, a == {1, 2, 3})
print(set() == frozenset(), set() == set(), frozenset() != set())
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} <= {1})
print({1, 2} > {1}, {1} > {1}, {1, 2} >= {2}, {3} >= {1})
print(b < {1, 2, 3}, b >= a, b > a)
print({1, 2} == {2.0, 1.0}, {1} == {True})
print({1} == [1], {1} != (1,), {1} == {1: None}, frozenset() == ())
print({frozenset({1})} == {frozenset([1])})
print(sorted([{3}, {1}, {2}], key=len) == [{3}, {1}, {2}])
print(max([{1}, {1, 2}], key=len))
s = {1, 2}
print(s == s, s <= s, s < s, s >= s)
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: {1} < [1, 2])
attempt(lambda: {1} <= (1,))
attempt(lambda: [1] > {1})
attempt(lambda: frozenset() >= 3)
attempt(lambda: {1} < "1")
class E:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
print({E(1), E(2)} == {E(2), E(1)}, {E(1)} == {E(3)})
print({E(1)} <= {E(1), E(2)}, {E(1), E(5)} <= {E(1), E(2)})
print(set(range(100)) == set(range(99, -1, -1)))
print(set(range(100)) > set(range(1, 100)))
print({0} < {0, 1}, {0, 1} < {0})
