# Iterators a trace makes and drops without making them (`sink`): every
# exit must make one at the index it has there, so tier 1 goes on with
# the right item.
def first_match(rows, want):
    found = []
    for row in rows:
        for x in row:
            if x == want:
                found.append(x)
                break
            found.append(-x)
    return found

rows = [[1, 2, 3]] * 40 + [[5, 1, 2]] * 5 + [(7, 8, 1)] * 5 + [[]] * 3 + [[9, 9]] * 3
print(first_match(rows, 1))

# The list shrinks or grows while a virtual iterator steps it.
def shrinking(n):
    out = []
    for i in range(n):
        items = [i, i + 1, i + 2]
        for x in items:
            if i % 7 == 3:
                items.clear()
            elif i % 11 == 5:
                items.append(100)
            out.append(x)
            if x % 2 == 0:
                break
    return out

print(sum(shrinking(200)), len(shrinking(200)))

# `iter()` of a range, of reversed(), of enumerate(): the iterator as it is.
def ranges(n):
    t = 0
    for i in range(n):
        for j in reversed(range(i % 5)):
            t += j
            if j < 2:
                break
        for k, v in enumerate((3, 4)):
            t += k * v
            break
        r = range(i % 3, 4)
        for m in r:
            t += m
            break
        it = iter([i, -i])
        for y in it:
            t += y
            break
        t += next(it)
    return t

print(ranges(300))

# A generator's iterator handed on after one step, and an iterator kept.
def kept(n):
    saved = []
    for i in range(n):
        it = iter((i, i * 2, i * 3))
        for a in it:
            break
        saved.append(it)
    return [list(s) for s in saved[-3:]]

print(kept(100))

# A list or tuple the trace built, stepped by an iterator it made: the
# iterator is left virtual, the sequence is made (the steps read it).
def built(n):
    t = 0
    for i in range(n):
        for x in [i, i + 1, i + 2]:
            if x % 2 == 0:
                t += x
                break
        for y in (i, -i):
            t -= y
            break
    return t

print(built(100))
