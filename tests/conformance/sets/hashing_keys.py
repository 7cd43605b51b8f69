# frozenset hashing, frozensets as dict keys and set members; sets are unhashable.
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2))
print(hash(frozenset()) == hash(frozenset([])))

d = {f1: "first"}
d[f2] = "second"
print(len(d), d[frozenset({1, 2, 3})])
d[frozenset()] = "empty"
print([d[k] for k in d])
print(frozenset([1, 2, 3]) in d, frozenset([1, 2]) in d)

# a set can be used to look up a frozenset key in a set (special case), not in a dict
s = {frozenset({1, 2})}
print({1, 2} in s, {1} in s)
try:
    print(d[{1, 2, 3}])
except TypeError as e:
    print(type(e).__name__, e)

for bad in [{1}, [1], {"a": 1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {{1}: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {frozenset(), set()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)

# graph edges as frozensets (undirected)
edges = {frozenset((a, b)) for a, b in [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]}
print(len(edges), sorted(tuple(sorted(e)) for e in edges))

# grouping anagrams by frozenset of letters (only equal when same distinct letters)
groups = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac"]:
    groups.setdefault(frozenset(w), []).append(w)
print(sorted(groups.values()))

# nested frozensets
nested = frozenset([frozenset([1]), frozenset([1]), frozenset([2])])
print(len(nested), sorted(len(x) for x in nested))
print(frozenset([frozenset()]) == frozenset([frozenset([])]))
# hash of a frozenset is stable across equal constructions
print(len({frozenset(range(i)) for i in range(5)} | {frozenset(range(3))}))
