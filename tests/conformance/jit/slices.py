# Slicing in loops: `seq[a:b]`, `seq[a:b:c]` on lists, tuples and strs and
# `lst[a:b] = seq` run in traces as runtime calls on the bounds (the slice
# object the trace built is never made); bounds that are not ints or None
# (bools, objects with __index__, big ints), errors, and other kinds of
# container leave the trace and behave as in tier 1.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyList(list):
    pass


def gets(n):
    data = list(range(20))
    tup = tuple(data)
    text = "abcdefghijklmnopqrstuvwxyz"
    acc = 0
    out = []
    for i in range(n):
        a = i % 7 - 3
        b = i % 11
        c = (i % 3) + 1
        acc += sum(data[a:b]) + len(tup[b:a:-1]) + len(data[::c])
        s = text[b : b + a + 5]
        acc += len(s)
        if i % 400 == 0:
            out.append((data[a:b], tup[a:], s, text[::-c], data[-b:]))
    return acc, out[:3]


def sets(n):
    perm = list(range(9))
    flips = 0
    for i in range(n):
        k = perm[0]
        if k == 0:
            perm = perm[1:] + perm[:1]
            continue
        perm[: k + 1] = perm[k::-1]
        perm[1:3] = (perm[2], perm[1])
        flips += perm[0]
    return flips, perm


def odd_bounds(n):
    data = list(range(30))
    acc = 0
    for i in range(n):
        lo = True if i % 5 == 0 else 2
        hi = Idx(9) if i % 7 == 0 else 12
        big = 10**20 if i % 11 == 0 else 25
        acc += len(data[lo:hi]) + len(data[:big]) + len(data[-big:3])
    return acc


def errors(n):
    data = list(range(10))
    caught = []
    for i in range(n):
        try:
            if i % 97 == 0:
                data[::2] = [1, 2]
            elif i % 89 == 0:
                data[1 : 2 : 0 if i % 2 else 1]
            elif i % 83 == 0:
                data[1:2] = 5
            elif i % 79 == 0:
                data[::3] = 7
            else:
                data[2:4] = data[4:6]
        except (ValueError, TypeError) as e:
            caught.append(type(e).__name__ + ": " + str(e))
    return sorted(set(caught)), data


def kinds(n):
    seqs = [list(range(8)), tuple(range(8)), "abcdefgh", MyList(range(8)), bytes(range(8)), range(8)]
    acc = []
    for i in range(n):
        seq = seqs[i % len(seqs)]
        part = seq[1:6:2]
        if i < len(seqs):
            acc.append(part)
        target = list(range(6))
        target[1:3] = part if i % 2 else list(part)
        if i < len(seqs):
            acc.append(target)
    return acc


def alias(n):
    a = list(range(6))
    for i in range(n):
        a[:] = a[::-1]
        a[1:] = a
        a = a[:6]
    return a


print(gets(3000))
print(sets(3000))
print(odd_bounds(2000))
print(errors(2000))
print(kinds(600))
print(alias(500))
