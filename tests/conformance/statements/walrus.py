# Assignment expressions (walrus) in while loops, if statements and comprehensions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
print(total, n)

chunks = []
text = "abcdefghij"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)

if (count := len(data)) > 5:
    print("long list with", count, "items")
print(count)

# in comprehensions: the target binds in the enclosing scope
values = [y for x in data if (y := x * 2) > 5]
print(values, y)
print([last := v for v in range(3)], last)
squares = [(v, sq) for v in range(6) if (sq := v * v) % 2 == 0]
print(squares)

# running total with walrus in a comprehension
acc = 0
print([acc := acc + v for v in [1, 2, 3, 4]], acc)

# walrus inside function arguments and nested expressions
def show(*a):
    return a
print(show(z := 10, z + 1), z)
print((w := 5) * (w + 1), w)
print([(k := i) + k for i in range(3)])

# binds in function scope, not leaking outside the function
def inner():
    [t := i for i in range(4)]
    return t
print(inner())
try:
    t
except NameError as e:
    print(type(e).__name__, e)

# short-circuit: walrus in a skipped branch does not bind
flag = False
res = flag and (skipped := 1)
try:
    print(skipped)
except NameError as e:
    print(type(e).__name__, e)

# gcd via walrus loop
a, b = 1071, 462
while (r := a % b):
    a, b = b, r
print("gcd", b)

# reading lines until a sentinel
lines = iter(["x=1", "y=2", "END", "z=3"])
parsed = {}
while (line := next(lines)) != "END":
    k, v = line.split("=")
    parsed[k] = int(v)
print(parsed, line)
