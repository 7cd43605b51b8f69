# List operators: +, *, +=, in, ==, lexicographic ordering, aliasing.
a = [1, 2]
b = a
a += [3]
print(a, b, a == b)
a = a + [4]
print(a, b)
print([1, 2] * 3, [0] * 0, [] * 5, [[1]] * 2, 2 * [9], [1] * -1)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1] == [True], [[1]] == [[1]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2])
print([1, "a"] < [1, "b"], [[1, 2]] < [[1, 3]], [3] >= [3], [0] > [])
print(2 in [1, 2, 3], 4 in [1, 2, 3], [1] in [[1], 2], "a" in ["ab"], 1.0 in [1])
print(len([]), len([[], []]), len([None] * 7))
x = [1, 2, 3]
x *= 2
print(x)
x += "ab"
print(x)
x += range(2)
print(x)
print(list(reversed([1, 2, 3])), list(reversed([])))
print(sum([[1], [2, 3]], []))
print(max([[1, 2], [3], [1, 5]]), min([[1, 2], [3], [1, 5]]))
print(bool([]), bool([0]), bool([[]]))
c = [1, 2, 3]
d = c[:]
d[0] = 99
print(c, d)
m = [c, c]
m[0][1] = 0
print(m)
print([1, 2, 3].index(3), [0, 0, 0].count(0))
e = [5]
e[0] += 1
e[-1] *= 10
print(e)
