# Generator expression scoping: late evaluation of free names, class bodies, and variable leakage.
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))

# the outermost iterable is bound immediately
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [9, 9]
print(list(g))

# but inner iterables are looked up lazily
rows = [[1], [2]]
inner = [10]
g = (r[0] + k for r in rows for k in inner)
inner = [100, 200]
print(list(g))

# loop variable doesn't leak out of the genexp
i = "unchanged"
print(sum(i for i in range(5)), i)

# genexps inside functions close over locals
def scaled(factor):
    return (v * factor for v in range(4))
gen = scaled(3)
print(list(gen), list(scaled(-1)))

# in a class body the genexp can't see class attributes (except the first iterable)
class K:
    base = 5
    first_ok = list(v for v in range(base))
    try:
        second = list(base + v for v in range(2))
    except NameError as e:
        second = "NameError: " + str(e)
print(K.first_ok, K.second)

# generator expression as the sole argument needs no extra parentheses
print(sum(n for n in range(4)), max(len(s) for s in ["a", "bbb"]))
print(sorted((n for n in range(3)), reverse=True), "".join(c.upper() for c in "abc"))

# nested genexp referencing the outer loop variable
grid = list(list(r * 3 + c for c in range(3)) for r in range(3))
print(grid)
print(list(sum(row) for row in grid), sum(sum(row) for row in grid))

# genexp reading a variable that is deleted before consumption
def gone():
    y = 1
    g = (y for _ in range(2))
    del y
    try:
        return list(g)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(gone())
