# range, list and tuple loops stepped by machine code: steps of any sign,
# empty and huge ranges, lists growing and shrinking while iterated,
# iterators shared between loops and used after they are exhausted.
def ranges():
    out = []
    for start, stop, step in [(0, 10, 1), (10, 0, -3), (5, 5, 1), (-7, 7, 4),
                              (2**62, 2**62 + 20, 7), (0, 3000, 1)]:
        s = 0
        n = 0
        for i in range(start, stop, step):
            s += i
            n += 1
        out.append((s, n))
    return out


print(ranges())


def grow_and_shrink():
    a = list(range(10))
    seen = []
    for x in a:
        seen.append(x)
        if x < 5:
            a.append(x + 100)
        if len(seen) > 3000:
            break
    b = list(range(2000))
    kept = 0
    for x in b:
        if x % 3 == 0:
            b.remove(x)
        kept += 1
    return len(seen), seen[-3:], kept, len(b)


print(grow_and_shrink())


def shared():
    it = iter(list(range(50)))
    first = []
    for x in it:
        first.append(x)
        if x == 20:
            break
    rest = sum(1 for _ in it)
    lst = [1, 2, 3]
    it2 = iter(lst)
    for x in it2:
        pass
    lst.append(4)
    try:
        next(it2)
        after = 'resumed'
    except StopIteration:
        after = 'exhausted'
    return len(first), rest, after


for k in range(100):
    r = shared()
print(r)


def tuples(t, n):
    s = 0
    for k in range(n):
        for v in t:
            s += v
    return s


print(tuples((1, 2, 3, 4), 800), tuples((), 800))
mixed = 0
for k in range(600):
    for v in [[1, 2], (3, 4), range(5, 7)][k % 3]:
        mixed += v
print(mixed)
