# List comprehensions: filters, nesting, over strings/dicts/ranges, conditional expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
d = {"a": 1, "b": 2, "c": 3}
print([k for k in d], [v * 10 for v in d.values()], [k + str(v) for k, v in d.items()])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")], [a + b for a, b in zip("abc", "xyz")])
print([[] for _ in range(3)], [0 for _ in []])
x = "outer"
r = [x for x in range(3)]
print(r, x)
print([i * j for i in range(1, 4) for j in range(i)])
print([s for s in ["", "a", "", "b"] if s])
print([n for n in range(2, 50) if all([n % d != 0 for d in range(2, n)])])
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]])
print(sum([x for x in range(1000) if x % 3 == 0 or x % 5 == 0]))
print([[1, 2][i % 2] for i in range(5)], [str(i) * i for i in range(4)])
print([(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c])
nested = [[1, [2]], [3, [4, 5]]]
print([inner for outer in nested for inner in outer[1]])
