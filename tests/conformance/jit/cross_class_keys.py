# Dict and set keys of different classes with equal hashes: the stored
# key's `__eq__` runs first (a frame of the interpreter's loop), a key of
# a subclass gets its reflected `__eq__` first, NotImplemented hands over
# to the other side, and the loops run long enough for traces to form.
class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        log.append("P.eq")
        return isinstance(other, (P, Q)) and self.x == other.x


class Q:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        log.append("Q.eq")
        if not isinstance(other, (P, Q)):
            return NotImplemented
        return self.x == other.x


class SubP(P):
    __hash__ = P.__hash__

    def __eq__(self, other):
        log.append("SubP.eq")
        return isinstance(other, P) and self.x == other.x


class Shy:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        log.append("Shy.eq")
        return NotImplemented


log = []
d = {P(i): i for i in range(50)}
s = {Q(i) for i in range(50)}
total = 0
for r in range(40):
    for i in range(50):
        total += d[Q(i)]
        total += Q(i) in d
        total += P(i) in s
        if r == 30 and i == 7:
            d[Q(7)] = 700
print(total, len(d), d[P(7)])
print(log.count("P.eq"), log.count("Q.eq"))

log.clear()
print(d[SubP(3)], SubP(3) in d, log)
log.clear()
e = {Shy(1): "shy"}
print(P(1) in e, log)
log.clear()
print(Shy(1) in e, log)
log.clear()
print(Shy(1) in {P(1): 1}, log)
log.clear()
k = Shy(2)
print(k in {k: 1}, log)


class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise KeyError("boom")


class One:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return False


try:
    print(One() in {Boom(): 1})
except KeyError as e:
    print("KeyError", e)
try:
    print(Boom() in {One(): 1})
except KeyError as e:
    print("KeyError", e)
