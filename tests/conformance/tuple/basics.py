# Tuple repr (empty, 1-tuple, nested), indexing, concatenation, comparisons.
print((), (1,), (1, 2), ((1,),), ((), ()), (1, (2, (3,))))
t = 1, 2, 3
print(t, type(t), len(t), t[0], t[-1], t[1:], t[::-1], t[:0])
one = 5,
print(one, len(one), (5), type((5)), type((5,)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple((9,)))
print((1, 2) + (3,), (1,) * 3, () * 10, 2 * (0, 1), (1, 2) * 0)
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == (1.0,), () == ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") < (1, "b"))
print((1, 2) <= (1, 2), (3, 0) >= (2, 9), (1, (2, 3)) < (1, (2, 4)))
print(3 in (1, 2, 3), (1,) in ((1,), 2), "x" not in ("a",))
print((1, 2, 1, 1).count(1), (5, 6, 7).index(7), (1, 2, 3, 2).index(2, 2))
print(min((3, 1, 2)), max((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
a = (1, [2, 3])
a[1].append(4)
print(a)
nested = ((1, 2), (3, 4), (5, 6))
total = 0
for x, y in nested:
    total += x * y
print(total)
print([p[0] for p in nested], [p[-1] for p in nested])
print(bool(()), bool((0,)), bool((None,)), bool(((),)))
print(str((1, "a")), repr(("it's",)), ("é", "日本"))
print((1, 2, 3)[1:2], (1, 2, 3)[5:], (1, 2, 3)[-5:1])
u = (3, 1, 2)
u += (0,)
print(u, tuple(sorted(u)), tuple(reversed(u)))
print((None, True, 1.5, -0.0, 10**20))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2,), (1, 5), (1,)]))
