# Inner loops over range(...) started in traces: `range(n)` iterated at
# once is `rt range_iter` (no range object made), and a loop left
# exhausted is `rt iter_done`; everything else keeps tier 1's behaviour.
def nested(n):
    s = 0
    for i in range(n):
        for j in range(i % 4):
            s += j
        for k in range(i % 3, 5):
            s += k
        for m in range(5, i % 7):
            s -= m
    return s

print(nested(300))

def kept(n):
    out = []
    for i in range(n):
        r = range(i % 5)
        for x in r:
            pass
        out.append(len(r))
    return sum(out)

print(kept(200))

def odd_args(n):
    s = 0
    errors = 0
    for i in range(n):
        bound = i if i % 50 else 2 ** 70
        try:
            for j in range(bound % 4 if i % 50 else bound):
                s += j
                if j > 2:
                    break
        except TypeError:
            errors += 1
        try:
            for j in range(1.5 if i == 77 else 3):
                s += j
        except TypeError as e:
            errors += 1
            msg = str(e)
    return s, errors, msg

print(odd_args(200))

def rebind():
    global range
    range = lambda k: [10] * k

def shadowed(n):
    total = 0
    for i in range(n):
        if i == 100:
            rebind()
        for j in range(2):
            total += j
    return total

print(shadowed(150))
del range

def grown(n):
    seen = 0
    for i in range(n):
        items = [1, 2]
        it = iter(items)
        for x in it:
            seen += x
        items.append(3)
        seen += sum(it)
    return seen

print(grown(100))

# reversed(range(...)) iterated at once: `rt range_iter_rev`.
def backwards(n):
    s = []
    for i in range(n):
        for j in reversed(range(i % 4)):
            s.append(j)
            if j == 1:
                break
        for k in reversed(range(i % 3 - 2, 2)):
            s.append(k)
        for m in reversed(range(5, i % 3)):
            s.append(m)
        for x in reversed([i, i + 1]):
            s.append(x)
            break
    return len(s), sum(s), s[-9:]

print(backwards(120))
