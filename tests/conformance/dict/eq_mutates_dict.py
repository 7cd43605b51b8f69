# A key whose __eq__ changes the dict while a lookup compares it: the
# lookup starts again (as CPython's does) instead of using an entry that
# moved or went away (this used to abort the VM on an out-of-range index).


class Clearing:
    def __init__(self, d, h):
        self.d, self.h = d, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.d.clear()
        return True

    def __repr__(self):
        return "Clearing(%d)" % self.h


class Growing:
    def __init__(self, d, h):
        self.d, self.h = d, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        for i in range(100):
            self.d[i + 1000] = i
        return False


def attempt(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


d = {}
d[Clearing(d, 1)] = 1
attempt("set", lambda: d.__setitem__(Clearing(d, 1), 2))
print(d)

for name, op in [
    ("get", lambda d, k: d[k]),
    ("pop", lambda d, k: d.pop(k)),
    ("del", lambda d, k: d.__delitem__(k)),
    ("setdefault", lambda d, k: d.setdefault(k, 5)),
    ("in", lambda d, k: k in d),
    ("dict.get", lambda d, k: d.get(k)),
    ("update", lambda d, k: d.update({k: 7})),
]:
    d = {}
    d[Clearing(d, 1)] = 1
    d["other"] = 2
    attempt(name, lambda: op(d, Clearing(d, 1)))
    print(" ", sorted(map(repr, d)), len(d))

big = {}
for i in range(40):
    big[Clearing(big, i)] = i
attempt("set big", lambda: big.__setitem__(Clearing(big, 39), "x"))
print(len(big), list(big.values()))

d = {}
for i in range(5):
    d[Growing(d, 1)] = i
attempt("grow set", lambda: d.__setitem__(Growing(d, 1), 2))
attempt("grow get", lambda: d.get(Growing(d, 1)))
print(len(d))

s = set()
for i in range(40):
    s.add(Clearing(s, i))
attempt("set remove", lambda: s.remove(Clearing(s, 39)))
print(len(s))
