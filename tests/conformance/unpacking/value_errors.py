# Unpacking errors: too many / not enough values, non-iterables, and partial assignment effects.
cases = [
    ("a, b = [1]", lambda: unpack2([1])),
    ("a, b = [1, 2, 3]", lambda: unpack2([1, 2, 3])),
    ("a, b = ''", lambda: unpack2("")),
    ("a, b = 'abc'", lambda: unpack2("abc")),
    ("a, b = {}", lambda: unpack2({})),
    ("a, b = 1", lambda: unpack2(1)),
    ("a, b = None", lambda: unpack2(None)),
    ("a, b = range(10)", lambda: unpack2(range(10))),
    ("a, b = gen", lambda: unpack2(x for x in range(5))),
    ("a, b = 1.5", lambda: unpack2(1.5)),
]

def unpack2(v):
    a, b = v
    return a, b

for label, fn in cases:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

def unpack3(v):
    a, b, c = v
    return a, b, c
for v in [[1], [1, 2], [1, 2, 3, 4]]:
    try:
        unpack3(v)
    except ValueError as e:
        print(type(e).__name__, e)

# starred forms have different messages
def star(v):
    a, b, *c, d = v
    return a, b, c, d
for v in [[1, 2], [1, 2, 3]]:
    try:
        print(star(v))
    except ValueError as e:
        print(type(e).__name__, e)

# earlier targets are assigned before the error? no: unpacking happens first
x = y = "unchanged"
try:
    x, y = [1, 2, 3]
except ValueError:
    pass
print(x, y)

# unpacking in a for loop stops at the bad element
data = [(1, 2), (3, 4), (5,), (6, 7)]
seen = []
try:
    for a, b in data:
        seen.append(a + b)
except ValueError as e:
    print(seen, type(e).__name__, e)

# a single-element tuple target
(only,) = [42]
print(only)
try:
    (only,) = []
except ValueError as e:
    print(type(e).__name__, e)
