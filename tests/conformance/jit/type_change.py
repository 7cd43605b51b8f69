# A loop variable and an accumulator change type (int -> float -> str) after
# many iterations, at module level and inside functions: guards on the old
# type must fail and the loop must go on with the new one.

# module level: x is an int for 3000 iterations, then a float, then a str
acc = 0
x = 0
for i in range(9000):
    if i < 3000:
        x = i
    elif i < 6000:
        x = i + 0.5
    else:
        x = str(i % 10)
    if i < 6000:
        acc = acc + x
    else:
        acc = acc + len(x) + int(x)
print(acc, type(x).__name__, x)

def mixed(n):
    total = 0
    v = 1
    for i in range(n):
        if i == 1000:
            v = 1.25
        elif i == 2000:
            v = "ab"
        elif i == 3000:
            v = 7
        if type(v) is str:
            total += len(v * 2)
        else:
            total += v
    return total, v
print(mixed(4000))
print(mixed(1500))
print(mixed(2500))

def accumulate(items, s=0):
    # the accumulator starts as an int and turns into a float or a big int
    for it in items:
        s = s + it
    return s
print(accumulate(list(range(3000)) + [0.5, 0.25]))
print(accumulate([1] * 3000 + [2**70]))
print(accumulate(["x"] * 3000, "")[-3:], len(accumulate(["xy"] * 3000, "")))
print(accumulate([[i] for i in range(3000)], [])[-3:])

def swap_types(n):
    # two variables exchange their values (and types) every 500 iterations
    a, b = 1, "s"
    ints = 0
    strs = 0
    for i in range(n):
        if i % 500 == 499:
            a, b = b, a
        if type(a) is int:
            ints += a + i
        else:
            strs += len(a + b if type(b) is str else a)
    return ints, strs
print(swap_types(5000))

# int that turns into bool and None, compared each iteration
flag = 0
hits = 0
for i in range(6000):
    if i == 2000:
        flag = True
    elif i == 4000:
        flag = None
    if flag:
        hits += 1
    elif flag is None:
        hits += 2
print(hits, flag)

# a list whose element types change; arithmetic on elements in a hot loop
vals = [1, 2, 3, 4]
out = 0.0
for i in range(5000):
    if i == 2500:
        vals = [1.5, 2.5, 3.5, 4.5]
    out += vals[i % 4] * 2
print(out)
