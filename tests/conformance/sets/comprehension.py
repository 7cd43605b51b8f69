# Set comprehensions and loops over set literals.
print({x * 13 for x in range(30)})
print({x % 7 for x in range(100)})
print({-x for x in range(10)})
print({x * x for x in range(-5, 6)})
print({i * j for i in range(5) for j in range(5) if i != j})
for x in {10, 100, 1000, 7, 9, 1}:
    print(x, end=" ")
print()
for x in {33, 1, 17}:
    print(x, end=" ")
print()
print([x for x in {50, 18, 34, 2}])
print({k: 0 for k in {64, 1, 128}})
evens = {n for n in range(20) if n % 2 == 0}
print(evens, len(evens))
words = ["apple", "bob", "cat", "apple", "bob"]
print(sorted({w for w in words}))
print(sorted({len(w) for w in words}))
nested = {frozenset({i, i + 1}) for i in range(3)}
print(len(nested), frozenset({1, 2}) in nested)
print(sorted([sorted(f) for f in nested]))
s = {1, 2, 3}
print({x + 1 for x in s})
print({x for x in []})
try:
    print({[x] for x in range(3)})
except TypeError as e:
    print(type(e).__name__, e)
