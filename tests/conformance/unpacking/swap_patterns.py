# Common unpacking idioms: multiple return values, dict items, zip/enumerate, in-place rotations.
def minmax(items):
    return min(items), max(items)

lo, hi = minmax([4, 9, 1, 7])
print(lo, hi)
result = minmax("hello")
print(result, type(result).__name__)
_, biggest = minmax(range(10))
print(biggest)

def divmod_all(pairs):
    return [(a, b, *divmod(a, b)) for a, b in pairs]
print(divmod_all([(7, 2), (-7, 2), (9, 3)]))

# fibonacci by simultaneous assignment
a, b = 0, 1
out = []
for _ in range(10):
    out.append(a)
    a, b = b, a + b
print(out)

# dict iteration with unpacking
inventory = {"apples": 3, "pears": 0, "plums": 12}
for name, qty in inventory.items():
    print(name.ljust(7), qty)
print({v: k for k, v in inventory.items()})

# zip to transpose and unzip
matrix = [(1, 2, 3), (4, 5, 6)]
cols = list(zip(*matrix))
print(cols)
xs, ys = zip(*[(1, "a"), (2, "b"), (3, "c")])
print(xs, ys)
try:
    xs, ys = zip(*[])
except ValueError as e:
    print(type(e).__name__, e)

# enumerate with start and nested unpacking
for i, (k, v) in enumerate(sorted(inventory.items()), start=1):
    print(i, k, v)

# star in return and in print
def spread(*parts):
    return (*parts, len(parts))
print(spread(1, 2), spread())
print(*spread("x"), sep="|")

# unpacking in comprehension targets
pairs = [(1, [2, 3]), (4, [5, 6])]
print([a + b + c for a, (b, c) in pairs])
print([rest for first, *rest in ["abc", "de"]])
print({k: v for k, *v in [(1, 2, 3), (4,)]})

# rotation of three variables and of a list
p, q, r = "p", "q", "r"
p, q, r = q, r, p
print(p, q, r)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
