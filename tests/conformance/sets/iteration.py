# Iteration protocol and the built-ins that use it.
s = {30, 10, 20, 5}
for x in s:
    print(x, end=" ")
print()
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print(sum(s), min(s), max(s), len(s), any(s), all({0, 1}))
print(bool(set()), bool({0}), bool(frozenset()), not frozenset({1}))
print(list(enumerate({7, 3})), list(zip({1, 2}, "ab")))
it = iter({4, 5})
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
print(", ".join([str(x) for x in []]) or "-", ", ".join([str(x) for x in {1, 2}]))
a, b = {9, 1}
print(a, b)
first, *rest = {3, 2, 1}
print(first, rest)
print([*{6, 5}], (*frozenset({8}),))
print({k: 0 for k in {2, 1}})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s)
s = {1, 2}
i = iter(s)
next(i)
s.add(3)
try:
    next(i)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(i)
except RuntimeError as e:
    print("again", e)
print(2 in {1, 2}, 3 not in {1, 2}, 1.0 in {1}, True in {1})
