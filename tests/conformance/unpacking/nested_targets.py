# Nested assignment targets: (a, b), c = ...; nested stars; targets that are attributes/items.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
(a, *b), *c = "xyz", 1, 2
print(a, b, c)
for (k, v), idx in zip({"x": 1, "y": 2}.items(), range(2)):
    print(k, v, idx)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)

# targets can be subscripts and attributes
class Obj:
    pass
o = Obj()
lst = [0, 0, 0]
d = {}
o.x, lst[1], d["k"] = "attr", "item", "key"
print(o.x, lst, d)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
(o.a, o.b), d["p"] = (1, 2), 3
print(o.a, o.b, d)

# assignment order is left to right
x = [0, 1, 2]
i = 0
i, x[i] = 1, 99
print(i, x)

# swap via unpacking
p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)

# chained assignment with unpacking
m = n, o2 = 7, 8
print(m, n, o2)

# errors in nested targets
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, (b, c) = 1, "xyz"
except ValueError as e:
    print(type(e).__name__, e)
try:
    [a, [b]] = [1, []]
except ValueError as e:
    print(type(e).__name__, e)
