# Set operations whose keys compare without Python code take a fast path;
# results (and their iteration order) must be CPython's, and keys whose
# `__eq__` is Python code must still run it, in the same order.
free = frozenset(range(50))
fp = frozenset([3, 7, 11, 12, 20])
print(fp <= free, free <= fp, fp < free, free >= fp, fp == frozenset([20, 12, 11, 7, 3]))
print(list(free - fp)[:12], len(free - fp))
print(list(fp - frozenset([7, 99])), list({1, 2, 3} - {2}))
print(list(free & {21, 22, 40, 99}), list({-1, -2, 5} & free))
# (str hashes differ from run to run in CPython: only the sorted contents.)
print(sorted(map(repr, {"a", "b", (1, 2)} & {(1, 2), "b", 3.0})), list({1.0, 2} - {1}))
print(min(free), max(fp), min(frozenset([-5, 7, -9])), max({2.5, 1, 3}))
print(type(free - fp).__name__, type({1} & free).__name__, type(fp & {3}).__name__)

class Key:
    log = []
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        Key.log.append(self.v)
        return isinstance(other, Key) and self.v == other.v

a = {Key(1), Key(2), 3}
b = {Key(1), 3, 4}
print(sorted(k.v if isinstance(k, Key) else k for k in a & b), Key.log)
Key.log.clear()
print(len(a - b), a <= b, {3} <= a, Key.log)
big = set(range(1000))
print(sum(big - set(range(0, 1000, 3))), len(big & set(range(500, 1500))))
for s in ({1, 2}, frozenset({3}), set()):
    print(min(s, default=None), max(s, default="x"))
