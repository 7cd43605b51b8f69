# Exhausted generators and iterators: reuse pitfalls, membership tests consuming items.
def gen():
    yield from [1, 2, 3, 4]

g = gen()
print(3 in g)
print(list(g))
print(3 in g, list(g))

g = gen()
print(sum(g), sum(g))
g = gen()
print(max(g), list(g))

# storing a generator and iterating twice
squares = (x * x for x in range(4))
first = [s for s in squares]
second = [s for s in squares]
print(first, second)

# zip over the same generator pairs items up
g = gen()
print(list(zip(g, g)))
it = iter(range(7))
print(list(zip(it, it, it)))

# partially consumed generator continues where it left off
g = gen()
for x in g:
    if x == 2:
        break
print("rest:", list(g))

# converting to list once makes it reusable
data = list(gen())
print(data, data, len(data))

# unpacking consumes
a, b, *c = gen()
print(a, b, c)
g = gen()
try:
    x, y = g
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))

# enumerate and map over an exhausted generator
g = gen()
list(g)
print(list(enumerate(g)), list(map(str, g)), any(g), all(g))
print(next(g, "empty"), sorted(g), tuple(g), dict.fromkeys(g))

# a generator function can always make a fresh one
print(list(gen()), list(gen()))
