# Iterating over small-int sets (deterministic in CPython), copying, and builtins on sets.
s = {4, 0, 2, 6, 1}
print(list(s), tuple(s), sorted(s, reverse=True))
for x in {3, 1, 2}:
    print("item", x)
print(sum({1, 2, 3, 3}), max({5, 1, 7}), min(frozenset({5, 1, 7})))
print(len({1, 2} | {2, 3}), any(set()), all(set()), any({0}), all({0, 1}))
print(list(enumerate({2, 0, 1})))
print(list(zip({0, 1, 2}, "abc")))
print(sorted({5, 3}, key=lambda v: -v), list(map(lambda v: v * 10, {1, 2})))
print(dict.fromkeys({1, 0}, "x"), list(filter(None, {0, 1, 2})))

# iterating while removing raises
s = {0, 1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)

# iterate over a copy to mutate safely
s = {0, 1, 2, 3, 4, 5}
for x in set(s):
    if x % 2:
        s.remove(x)
print(s)

# set iterator protocol
it = iter({1, 2})
print(next(it), next(it), next(it, "done"))
print(type(iter(set())).__name__)

# sets are not indexable or sliceable
for op in ["index", "slice"]:
    try:
        if op == "index":
            pair = {1, 2}
            pair[0]
        else:
            frozenset([1])[0:1]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

# sets compare equal regardless of construction order
print({2, 1, 0} == {0, 1, 2}, list({2, 1, 0}) == list({0, 1, 2}))
print(set(range(5)) == frozenset(range(5)), {0, 1} in [{1, 0}])
print({x for x in range(8)} - {0, 7}, set(range(3)) | set(range(2, 6)))
