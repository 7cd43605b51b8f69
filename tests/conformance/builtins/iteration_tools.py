# enumerate (with start=), zip of unequal lengths, reversed, iter/next, any/all, sorted.
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
for i, ch in enumerate("hey", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [None] * 2)))
print(list(zip(range(3), range(3, 6), range(6, 9))))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("".join(reversed("stressed")))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
si = iter("hi")
print(next(si), list(si), list(si))
e = enumerate(["a", "b", "c"])
print(next(e), next(e), list(e))
z = zip("xyz", [1, 2, 3])
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(any([0, 0, 1]), any([]), all([]), all([1, 1, 0]), any("") , all(""), any([[], [0]]))
print(all([x > 0 for x in [1, 2, 3]]), any([x > 2 for x in [1, 2]]))
d = {"b": 2, "a": 1, "c": 3}
print(sorted(d), sorted(d.values()), sorted(d.items(), reverse=True), list(reversed(list(d.items()))))
print(list(enumerate(zip("ab", "cd"))))
it2 = iter(range(5))
total = 0
for x in it2:
    total += x
    if x == 2:
        break
print(total, list(it2))
print(list(iter([1, 2])), tuple(iter((3,))), next(iter({"k": 1})))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(m[0], m[1])), [list(t) for t in zip(m[0], m[1])])
