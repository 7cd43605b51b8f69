# List repr: nested, empty, mixed types, and a list that contains itself.
print([], [[]], [[], []], [1, [2, [3, [4]]]])
print([1, 2.5, "s", None, True, (1,), {"a": 1}, []])
print([-0.0, 1e100, float("inf"), 'q"uote', "it's"])
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2][2][0])
b = []
b.append(b)
print(b, [b], [b, b])
c = [1]
d = [c, c]
print(d)
c.append(2)
print(d)
m = [[0] * 3] * 2
m[0][0] = 9
print(m)
m2 = [[0] * 3 for i in range(2)]
m2[0][0] = 9
print(m2)
print(str([1, 2]), repr(["x"]), str(["x"]))
print([[1, 2], [3, 4]][1][0], [[1, 2], [3, 4]][-1][-1])
print(list(range(5)), list("hi"), list((1, 2)), list([3]), list())
print(list({"a": 1, "b": 2}), list({"a": 1}.items()))
x = [1, 2, 3]
y = list(x)
y.append(4)
print(x, y, x == y[:3])
print(type([]), type([]) == list, isinstance([], list))
