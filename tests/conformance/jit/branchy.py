# Loop bodies with many branches: if/elif chains on i % k, and/or short
# circuits, nested ifs and conditional expressions, so that many side exits
# are taken and chained onto each other.

s = 0
counts = [0] * 8
for i in range(7000):
    r = i % 7
    if r == 0:
        s += 1; counts[0] += 1
    elif r == 1:
        s += i; counts[1] += 1
    elif r == 2:
        s -= 3; counts[2] += 1
    elif r == 3:
        s ^= i; counts[3] += 1
    elif r == 4:
        s += r * 2; counts[4] += 1
    elif r == 5:
        s = s // 2 + i; counts[5] += 1
    else:
        counts[6] += 1
        if i % 2:
            s += 7
        else:
            s -= 7
print(s, counts)

def classify(n):
    out = [0, 0, 0, 0, 0, 0]
    for i in range(n):
        if i % 3 == 0 and i % 5 == 0:
            out[0] += 1
        elif i % 3 == 0 or i % 7 == 0:
            out[1] += 1
        elif not (i % 2) and i % 11:
            out[2] += 1
        if i % 13 == 0:
            if i % 26 == 0:
                if i % 52 == 0:
                    out[3] += 1
                else:
                    out[4] += 1
            else:
                out[5] += 1
    return out
print(classify(6000))

# and/or returning operands (not bools) in a loop
vals = [0, 1, "", "x", None, 2.5, [], [0]]
acc = []
for i in range(4000):
    a = vals[i % 8]
    b = vals[(i * 3) % 8]
    r = (a and b) or (b and a) or i % 4
    if i % 487 < 3:
        acc.append(r)
print(acc)

# conditional expressions nested in arithmetic, with branch behaviour that
# changes phase halfway (a branch that was always taken stops being taken)
t = 0
for i in range(8000):
    big = i >= 4000
    t += (i if i % 2 else -i) if not big else (1 if i % 3 else 2)
    if big and i % 1000 == 0:
        t += 1000000
print(t)

# branch on data from a list with irregular pattern
data = [(i * 7919) % 101 for i in range(5000)]
lo = mid = hi = 0
run = 0
best_run = 0
for v in data:
    if v < 20:
        lo += 1
        run = 0
    elif v < 80:
        mid += 1
        run += 1
        if run > best_run:
            best_run = run
    else:
        hi += 1
        run = 0
print(lo, mid, hi, best_run)

# comparisons chained and mixed with and/or
c = 0
for i in range(5000):
    a = i % 17
    b = i % 19
    if 3 < a < 10 <= b or a == b == 0:
        c += 1
    elif a < b < 15 and not a == 2:
        c += 2
    elif a >= b and (b > 5 or a < 3):
        c += 3
print(c)

# a while loop whose exit condition is reached through a different branch
# on each pass
def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        x = n
        while x != 1:
            if x % 2 == 0:
                x //= 2
            elif x % 3 == 0:
                x = x * 3 + 1
            else:
                x = 3 * x + 1
            total += 1
    return total
print(collatz_steps(600))
