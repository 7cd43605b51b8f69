# Store-to-load forwarding of instance attributes (forward_slots): an
# attribute read back after the trace stored it is the stored value, unless
# a store in between may have written the same attribute of the same
# object (another name for it), or code ran.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, o):
        return V(self.x + o.x, self.y + o.y)


def vectors(n):
    a = V(1.0, 2.0)
    d = V(0.5, 0.25)
    t = 0.0
    for _ in range(n):
        c = a.plus(d)
        t = t + c.x * c.y
        a = V(c.y, c.x)
    return t, a.x, a.y


def aliased(a, b, n):
    # a and b may be one object: a store through b is seen through a.
    t = 0
    for i in range(n):
        a.x = i
        b.x = b.x + 1
        t += a.x
    return t


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


def code_in_between(c, n):
    # The call writes the attribute the loop reads before and after it.
    t = 0
    for _ in range(n):
        before = c.n
        c.bump()
        t += c.n - before
    return t


def rebinding(n):
    # A new object each iteration is never one the trace knew before.
    seen = 0
    last = None
    for i in range(n):
        v = V(i, i)
        if v is last:
            seen += 1
        last = v
    return seen, last.x


print(vectors(500))
print(aliased(V(0, 0), V(0, 0), 300))
shared = V(0, 0)
print(aliased(shared, shared, 300))
print(code_in_between(Counter(), 400))
print(rebinding(300))
