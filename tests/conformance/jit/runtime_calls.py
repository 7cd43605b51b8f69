# Dict, str and built-in operations in hot loops: traces call the runtime on
# values (dict get/set/in, str concat/index/compare/in, len) and built-ins
# directly. Each case changes an operand's type or value mid-loop so the
# trace's guards fail, or makes the operation raise, and the result must
# stay exactly CPython's.


def counts(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


words = ["a", "b", "a", "c"] * 400 + [1, 2, 1, True, None, 2.5, (1, 2), "a"]
c = counts(words)
print(sorted((str(k), v) for k, v in c.items()))


def lookups(d, keys):
    total = 0
    missing = 0
    for k in keys:
        if k in d:
            total += d[k]
        else:
            missing += 1
        if k not in d:
            missing += 100
    return total, missing


d = {"x": 1, "y": 2, 3: 30, 4.0: 40}
keys = ["x", "y", "z", 3] * 300 + [4, 4.0, True, (1,), "y"]
print(lookups(d, keys))


def subscr_errors(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(("KeyError", repr(e)))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out[-6:], len(out)


print(subscr_errors({"a": 1, 2: "two"}, ["a", 2] * 500 + ["b", 5, [1], "a", 2, 2.0]))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and self.k == other.k


def store_mixed(keys):
    d = {}
    for k in keys:
        d[k] = len(d)
    return len(d), list(d.values())[-3:]


print(store_mixed(["p", "q", 7, "p"] * 300 + [Key(1), Key(1), 8]))


class MyDict(dict):
    def __getitem__(self, k):
        return "mine"


def subclass_dict(ds):
    out = []
    for d in ds:
        out.append(d["k"])
    return out[-3:]


print(subclass_dict([{"k": 1}] * 1000 + [MyDict(k=2), {"k": 3}]))


def strings(parts):
    s = ""
    firsts = ""
    same = 0
    found = 0
    for p in parts:
        s = s + p
        firsts += p[0]
        if p == "ab":
            same += 1
        if p != "cd":
            same += 10
        if "b" in p:
            found += 1
        if "z" not in p:
            found += 100
    return len(s), firsts[-8:], same, found


print(strings(["ab", "cd", "ef"] * 400 + ["zz", "b"]))


class S(str):
    def __add__(self, other):
        return "added"

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


print(strings(["ab", "cd"] * 400 + [S("q"), "ab"]))


def index_errors(s, idx):
    out = []
    for i in idx:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return "".join(map(str, out[-5:])), len(out)


print(index_errors("héllo", [0, 1, -1, 4] * 300 + [5, -6, "x", 2, True]))


def lengths(items):
    n = 0
    for x in items:
        n += len(x)
    return n


print(lengths(["abc", [1, 2], (1,), {"a": 1}] * 300 + ["héllo", range(7), {1, 2}, "xy"]))


def len_rebound(items):
    global len
    n = 0
    for i, x in enumerate(items):
        if i == 900:
            len = lambda v: 1000
        n += len(x)
    del len
    return n


print(len_rebound(["ab"] * 1000))


def builtin_calls(items):
    out = 0
    for x in items:
        try:
            out += int(x)
        except ValueError as e:
            out += 1000000
            last = str(e)
        out += ord(str(x)[0])
    return out, last


print(builtin_calls(["1", "22", "333"] * 300 + ["x", "4"]))


def builtin_callbacks(rows):
    total = 0
    for r in rows:
        total += sorted(r, key=lambda v: -v)[0]
        total += max(r, key=lambda v: v % 3)
    return total


print(builtin_callbacks([[3, 1, 2], [5, 9, 4]] * 400))


def appends(n):
    out = []
    for i in range(n):
        out.append(i)
        if i % 100 == 0:
            out.append(str(i))
    return len(out), out[-3:]


print(appends(2000))


def builtin_raises(n):
    caught = 0
    for i in range(n):
        try:
            [].pop()
        except IndexError as e:
            caught += 1
            msg = str(e)
    return caught, msg


print(builtin_raises(1500))


class MyList(list):
    pass


class MyDict(dict):
    def get(self, k, d=None):
        return "overridden"


def appends_and_gets(targets, d):
    n = 0
    for t in targets:
        t.append(n)
        n += 1
        n += len(str(d.get(n % 5, -1)))
        n += len(str(d.get("k", "missing")))
    return n, len(targets[0]), len(targets[-1])


print(appends_and_gets([[]] * 1000 + [MyList()], {1: "one", "k": [1]}))
print(appends_and_gets([[]] * 1000, MyDict()))
print(appends_and_gets([[]] * 100, {1: 1}))


def unbound_calls(n):
    out = []
    d = {}
    for i in range(n):
        list.append(out, i)
        d[i % 3] = dict.get(d, i % 3, 0) + 1
    return len(out), d


print(unbound_calls(1500))


def lookup(table, key):
    if key in table:
        return table[key] + len(key)
    return -len(key)


def first_char_eq(a, b):
    return a[0] == b[0] and a != b


def inlined_callees(keys, table):
    total = 0
    same = 0
    for k in keys:
        total += lookup(table, k)
        if first_char_eq(k, "ab"):
            same += 1
    return total, same


table = {"ab": 1, "cd": 2, "ax": 3}
print(inlined_callees(["ab", "cd", "ax", "zz"] * 400, table))


def strict(table, key):
    return table[key] * 2


def inlined_missing(keys, table):
    total = 0
    for k in keys:
        try:
            total += strict(table, k)
        except KeyError as e:
            print("missing", e)
    return total


print(inlined_missing(["ab", "cd"] * 600 + ["nope", "ab", 7], {"ab": 1, "cd": 2, 7: 5}))


def pops(n):
    items = list(range(n))
    out = 0
    while items:
        out += items.pop(0) + items.pop() if len(items) > 1 else items.pop(-1)
    for idx in (0, -1, 5, -9):
        try:
            [1, 2, 3].pop(idx)
        except IndexError as e:
            print("pop", idx, e)
    try:
        items.pop()
    except IndexError as e:
        print(e)
    return out


print(pops(3001))


def truncs(xs):
    total = 0
    for x in xs:
        try:
            total += int(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    return total


print(truncs([1.5, -2.7, 0.0, -0.5, 3.99] * 300 + [1e300, float("nan"), float("inf"), -1e19, 9.2e18, "12", 7, True]))


def quantize(c):
    v = int(c * 255.0)
    if v < 0:
        return 0
    return v if v < 255 else 255


def inlined_int(n):
    total = 0
    for i in range(n):
        total += quantize(i / n * 1.2 - 0.1)
    total += quantize(float("inf")) if False else 0
    try:
        quantize(float("nan"))
    except ValueError as e:
        print(e)
    return total


print(inlined_int(2000))


def cases(texts):
    # `str.lower()`/`upper()` as runtime calls: short ASCII text made in
    # place, long and non-ASCII text by the method; a non-str receiver
    # (a str subclass, bytes) leaves the trace.
    out = []
    for t in texts:
        out.append(t.lower())
        out.append(t.upper())
    return out


class Shout(str):
    def upper(self):
        return "SHOUT"


texts = ["Abc", "MiXeD case", "x" * 40 + "Y", "Ünïcode Straße", "ǅemal"] * 300
texts += [Shout("quiet"), b"Bytes", "end"]
r = cases(texts)
print(len(r), r[:10], r[-6:])
