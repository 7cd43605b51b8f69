# The set operators of dict keys/items views, isdisjoint, reversed().


def show(f):
    try:
        r = f()
        print(type(r).__name__, sorted(r, key=repr) if isinstance(r, set) else r)
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k, it = d.keys(), d.items()
for other in [{"a", "x"}, ["b", "z"], ("c",), "abz", e.keys(), frozenset("a"), iter(["a", "q"]), {}, {"c": 0}]:
    show(lambda: k & other)
    show(lambda: k | other)
    show(lambda: k - other)
    show(lambda: k ^ other)
    show(lambda: other & k)
    show(lambda: other | k)
    show(lambda: other - k)
    show(lambda: other ^ k)
    print(k.isdisjoint(other) if not hasattr(other, "__next__") else "-")
for other in [e.items(), {("b", 2), ("z", 0)}, [("a", 1), ("a", 2), "ab", ("c", 3, 4)], [[1, 2]]]:
    show(lambda: it & other)
    show(lambda: it | other)
    show(lambda: it - other)
    show(lambda: it ^ other)
    show(lambda: other & it)
    show(lambda: other - it)
    print(it.isdisjoint(other))
show(lambda: k & it)
show(lambda: it | k)
show(lambda: k & 5)
show(lambda: 5 & k)
show(lambda: k | 5)
show(lambda: 5 - k)
show(lambda: k ^ None)
show(lambda: k & [[1]])
show(lambda: k | [[1]])
show(lambda: d.values() & {1})
show(lambda: {1} | d.values())
show(lambda: k + k)
show(lambda: k * 2)
show(lambda: k.isdisjoint(5))
show(lambda: k.isdisjoint())
show(lambda: it.isdisjoint(1, 2))
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), k.isdisjoint([]), it.isdisjoint(it))
s = {"a"}
s &= k
print(type(s).__name__, s)
s = {"x"}
s |= k
print(type(s).__name__, sorted(s))
v = d.keys()
v |= {"q"}
print(type(v).__name__, sorted(v))
v = d.items()
v -= {("a", 1)}
print(type(v).__name__, sorted(v))
print(sorted({1: 0, 2: 0}.keys() & {1.0, 2.5}), sorted({1.0: 0}.keys() & [1]))
print(("a", 1) in it, ("a", 2) in it, ["a", 1] in it, ("a",) in it, ("z", 1) in it)
show(lambda: ([], 1) in it)


class R:
    def __rand__(self, other):
        return "rand"

    def __iter__(self):
        return iter(["a"])


print(k & R(), R() & k)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({}.keys())), list(reversed({}.items())))
ks = reversed(d.keys())
print(next(ks), list(ks))
