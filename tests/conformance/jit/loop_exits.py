# Loop exits: break/continue/else in hot loops, nested loops whose inner loop
# runs only a few iterations, while loops with trip counts right at likely
# hot-loop thresholds (999, 1000, 1001), and for over range, list, tuple,
# dict, str, enumerate, zip, reversed and a dict's items.

def trips(n):
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    return i, s
for n in (0, 1, 999, 1000, 1001, 1002, 2000, 3000):
    print(n, trips(n))

# the same loop entered many times, with trip counts around the threshold
tot = 0
for n in range(995, 1006):
    k = 0
    while True:
        k += 1
        if k >= n:
            break
    tot += k
print(tot)

# break / continue / else
found = []
for target in (17, 2999, 3001, -1):
    for i in range(3000):
        if i % 2:
            continue
        if i == target or i + 1 == target:
            found.append(i)
            break
    else:
        found.append("else")
print(found)

n = 0
while n < 5000:
    n += 1
    if n % 1000 == 0:
        continue
    if n == 4500:
        break
else:
    print("while-else not reached")
print(n)

k = 0
while k < 3000:
    k += 3
else:
    print("while-else", k)

# nested loops: the inner loop exits after very few iterations
s = 0
for i in range(4000):
    for j in range(i % 3):
        s += j
    j2 = 0
    while j2 < 2:
        j2 += 1
        if i % 5 == 0:
            break
    s += j2
    for c in "ab":
        if i % 7 == 0:
            break
        s += 1
    else:
        s += 10
print(s)

# for over different iterables, each with a hot loop
lst = list(range(3000))
tup = tuple(range(3000))
dct = {i: i * 2 for i in range(3000)}
text = "abcdefghij" * 300
r = [0] * 9
for x in range(3000):
    r[0] += x
for x in lst:
    r[1] += x
for x in tup:
    r[2] += x
for x in dct:
    r[3] += dct[x]
for x in text:
    r[4] += ord(x)
for i, x in enumerate(text):
    r[5] += i if x == "c" else 0
for a, b in zip(lst, text):
    r[6] += a * (b == "a")
for x in reversed(lst):
    r[7] = r[7] * 3 % 1000003 + x
for a, b in dct.items():
    r[8] += b - a
print(r)

# range with steps and negative steps, and a loop whose iterable is empty
s = 0
for x in range(9000, 0, -3):
    s += x
for x in range(-3000, 3000, 7):
    s -= x
for x in range(5, 5):
    s = -1
print(s)

# an early return from deep inside nested loops
def find(limit):
    for a in range(1, 100):
        for b in range(a, 100):
            for c in range(b, 100):
                if a * a + b * b == c * c and a + b + c > limit:
                    return a, b, c
    return None
print(find(100), find(200), find(10000))

# zip of unequal lengths stops at the shortest; enumerate with a start
z = 0
for a, b, c in zip(range(5000), "xyz" * 1000, lst):
    z += a + c
print(z)
e = 0
for i, v in enumerate(tup, 1000):
    e += i - v
print(e)
