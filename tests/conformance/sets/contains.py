# Membership tests.
s = {1, 2, 3, 2**70, -5}
print(1 in s, 4 in s, 2**70 in s, -5 in s, 1.0 in s, True in s, 3.5 in s)
print(None in s, "1" in s, (1,) in s, 2**70 + 1 in s)
f = frozenset({(1, 2), "a", None, 0.5})
print((1, 2) in f, "a" in f, None in f, 0.5 in f, "b" in f, (2, 1) in f)
print(frozenset({1}) in {frozenset({1}), 2}, {1} in {frozenset({1})})
print(set() in {frozenset()}, frozenset() in {frozenset()})
print(1 not in set(), set() == set())
print([x for x in range(10) if x in {2, 3, 5, 7}])
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: [1] in s)
attempt(lambda: {} in s)
attempt(lambda: [1] in frozenset())
attempt(lambda: (1, [2]) in s)
attempt(lambda: {1: 2} not in f)
big = set(range(0, 10000, 3))
print(sum([1 for i in range(10000) if i in big]))
print(len(big), 9999 in big, 9998 in big)
neg = {-i for i in range(50)}
print(-49 in neg, -50 in neg, 0 in neg)
fl = {0.1, 0.2, 1e300, float('inf')}
print(0.1 in fl, 0.3 in fl, float('inf') in fl, 1e300 in fl)
