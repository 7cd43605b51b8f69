# Generic FOR_ITER over dict views and strs in traces: stepped by the
# trace (`iter_next dict` / `iter_next str`), the items new objects; an
# exhausted iterator, a dict that changes size and an iterator of another
# kind all leave the trace, and tier 1 finishes the loop or raises.


def keys_sum(d):
    total = 0
    for k in d:
        total += d[k] * len(k)
    return total


d = {("k%d" % i): i for i in range(300)}
print(keys_sum(d))


def views(d):
    a = 0
    for v in d.values():
        a += v
    b = []
    for k, v in d.items():
        if v % 97 == 0:
            b.append((k, v))
    return a, b


print(views(d))


def chars(s):
    h = 0
    count = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000003
        if ch == "é":
            count += 1
    return h, count


print(chars("abcé" * 500 + "xyz"))
print(chars(""))


def mutate(d):
    seen = 0
    try:
        for k in d:
            seen += 1
            if seen == 150:
                d["new"] = 1
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


mutate(dict.fromkeys(range(200)))


def mixed(iterables):
    out = 0
    for it in iterables:
        for x in it:
            out += len(x) if isinstance(x, str) else x
    return out


print(mixed([{"ab": 1, "c": 2}, "hello", [1, 2, 3], {"d": 1}.values(), "é" * 10, (4, 5)] * 100))


def deleted_keys(n):
    d = {i: i for i in range(n)}
    for i in range(0, n, 3):
        del d[i]
    total = 0
    for k in d:
        total += k
    return total, len(d)


print(deleted_keys(600))


def enumerated(seqs):
    # `enumerate()` over lists, strs, dicts and ranges is stepped by the
    # trace; over a generator, or counting past 64 bits, tier 1 steps it.
    total = 0
    for seq in seqs:
        for i, x in enumerate(seq, 1):
            total += i * (x if isinstance(x, int) else len(x))
    return total


def gen(n):
    yield from range(n)


print(enumerated([[3, 4, 5] * 20, "abc" * 30, {"x": 1, "yy": 2}, range(40)] * 30 + [gen(5)]))
print(list(enumerate(["a", "b", "c"], 2**63 - 2)), [(i, c) for i, c in enumerate("hé")])


def enum_changes(d):
    try:
        for i, k in enumerate(d):
            if i == 100:
                del d[k]
    except RuntimeError as e:
        print("RuntimeError:", e)


enum_changes(dict.fromkeys(range(300)))


def enum_past_64_bits(n):
    last = 0
    total = 0
    for i, x in enumerate(range(n), 2**63 - n // 2):
        total += x
        last = i
    return total, last


print(enum_past_64_bits(400))
