# Non-mutating set methods: union, intersection, difference, symmetric_difference, subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union(), a.union([7], (0,)))
print(a.intersection(b), a.intersection(b, {4}), a.intersection([]))
print(a.difference(b), b.difference(a), a.difference(b, {1}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(a, b)

print({1, 2}.issubset(a), a.issubset(a), {0}.issubset(a), set().issubset(set()))
print(a.issuperset({1}), a.issuperset([1, 2, 3, 4]), a.issuperset(b))
print(a.isdisjoint(b), a.isdisjoint({7, 0}), set().isdisjoint(set()))
print(a.issubset(range(10)), a.isdisjoint("abc"))

# frozenset methods return frozensets; mixed types follow the receiver
f = frozenset({1, 2})
print(f.union({3}), type(f.union({3})).__name__)
print(type({3}.union(f)).__name__, type(f.intersection({1})).__name__)
print(f.difference([1]), f.symmetric_difference(f))

# methods accept any iterable; operators do not
print(a.union("ab") == a | set("ab"))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.union(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.symmetric_difference({1}, {2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.intersection([[1]])
except TypeError as e:
    print(type(e).__name__, e)

# in-place method forms
c = {1, 2, 3}
print(c.intersection_update({2, 3, 4}), c)
c.difference_update([3])
print(c)
c.symmetric_difference_update({2, 7})
print(c)
c.update({0})
print(c)
