# UNPACK_SEQUENCE in traces: tuples returned by inlined calls (never
# allocated when nothing else needs them), lists and tuples from outside
# the trace (kind and length guarded), and every way the guards fail:
# another length (ValueError from tier 1), another type, a list that
# changes length inside the loop, a tuple that must exist at an exit.


def pair(i):
    return i, i * 2


def triple(i):
    if i % 50 == 49:
        return i, i
    return i, i + 1, i + 2


def run_pairs(n):
    s = 0
    for i in range(n):
        a, b = pair(i)
        s += a * 3 + b
    return s


print(run_pairs(2000))


def run_triples(n):
    s = 0
    errors = 0
    for i in range(n):
        try:
            a, b, c = triple(i)
            s += a + b * c
        except ValueError as e:
            errors += 1
            last = str(e)
    return s, errors, last


print(run_triples(500))


def run_seqs(seqs):
    out = []
    for seq in seqs:
        try:
            x, y = seq
            out.append(x - y)
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out[-8:], len(out)


seqs = [(5, 2), [9, 4]] * 300 + [(1, 2, 3), [1], "ab", {7: 0, 8: 0}, 12, range(2), (3, 1)]
print(run_seqs(seqs))


def shrinking(n):
    box = [1, 2]
    total = 0
    for i in range(n):
        a, b = box
        total += a * b
        if i == n - 5:
            box.append(3)
            try:
                a, b = box
            except ValueError as e:
                print("caught", e)
            box.pop()
    return total


print(shrinking(1000))


def kept(n):
    # The tuple is also stored: it must be made, and stay right at exits.
    last = None
    s = 0
    for i in range(n):
        t = pair(i)
        a, b = t
        last = t
        s += a + b
    return s, last


print(kept(1500))


def swaps(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = c, a, b + i % 3
    return a, b, c


print(swaps(3001))
