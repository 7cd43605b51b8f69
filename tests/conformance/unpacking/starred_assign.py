# Starred assignment targets: a, *b / *a, b / a, *b, c with lists, strings, ranges and generators.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[a, *b] = (9,)
print(a, b)
a, *b = "hello"
print(a, b, type(b).__name__)
first, *middle, last = range(6)
print(first, middle, last)
head, *tail = (x * x for x in range(4))
print(head, tail)
*init, end = {"k1": 1, "k2": 2}
print(init, end)
a, b, *c, d, e = range(5)
print(a, b, c, d, e)

# starred gets a list even from a tuple
x, *y = (1, 2, 3)
print(type(y).__name__, y)

# swapping and rotating via starred
items = [1, 2, 3, 4, 5]
first, *rest = items
items = rest + [first]
print(items)
*rest, last = items
print([last] + rest)

# in for loops
for n, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(n, rest)
for *init, tail in ["ab", "cde"]:
    print(init, tail)

# not enough values for the required names
for seq in [[], [1], (1, 2)]:
    try:
        a, *b, c, d = seq
        print("ok", a, b, c, d)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b = None
except TypeError as e:
    print(type(e).__name__, e)
