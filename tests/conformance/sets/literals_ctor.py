# set/frozenset literals and constructors, duplicates, empty sets, repr of small-int sets.
s = {3, 1, 2, 3, 1}
print(s, len(s), type(s).__name__)
print(set(), frozenset(), type({}).__name__)
print(set([5, 5, 4]), set(range(6)), set((2, 0, 2)))
print(frozenset([3, 2, 1]), frozenset(range(4)))
print(sorted(set("mississippi")), len(set("mississippi")))
print(sorted(set({"b": 1, "a": 2})))
print(set(frozenset([1, 2])), frozenset({4, 5}))
print(set(set([0, 1])) == {0, 1})
print({True, 1, 1.0, 0, False, 0.0})
print(sorted({1, 2.0, 3}), {2, 2.0} == {2})

# constructors with bad arguments
for bad in [1, None, 3.5]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# a set copy is independent
a = {1, 2}
b = set(a)
b.add(3)
print(a, b, a is b)
c = a.copy()
print(c == a, c is a)

# frozenset of a frozenset returns an equal object
f = frozenset([1, 2, 3])
print(frozenset(f) == f, f.copy() == f)

# truthiness and len
print(bool(set()), bool({0}), len(frozenset()), len({(1, 2), (1, 2), (2, 1)}))

# str and repr are the same
print(str({1, 2}) == repr({1, 2}), repr(frozenset({7})))
# set of booleans and None
print(len({None, None, False}), None in {None}, {False} == {0})
