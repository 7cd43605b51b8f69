# len(obj) on instances whose class defines __len__ in Python
# (CALL_LEN_INSTANCE): the method runs as a frame in tier 1 and inline in
# traces; its result is checked as len() checks it.


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)


def grow(n):
    s = Stack()
    total = 0
    for i in range(n):
        if len(s) < 50:
            s.push(i)
        total += len(s)
    return total, len(s)


print(grow(3000))


class Odd:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


def checked(values):
    out = []
    for v in values:
        try:
            out.append(len(Odd(v)))
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(checked([3] * 500 + [True, 0, -1, 2.5, "x", 2**70, 7])[-7:])


def mixed(n):
    # The same len() site sees instances, lists and strs.
    things = [Odd(4), [1, 2], "abc", Odd(1)]
    return sum(len(things[i % 4]) for i in range(n))


print(mixed(2000))


class Counted:
    def __len__(self):
        return 3


def switched(n):
    c = Counted()
    t = 0
    for i in range(n):
        if i == n // 2:
            Counted.__len__ = lambda self: 5
        t += len(c)
    return t


print(switched(1000))


class Raises:
    def __init__(self):
        self.n = 0

    def __len__(self):
        self.n += 1
        if self.n == 700:
            raise RuntimeError("len failed at 700")
        return self.n


def raising(n):
    r = Raises()
    t = 0
    try:
        for _ in range(n):
            t += len(r)
    except RuntimeError as e:
        return str(e), t
    return t


print(raising(1000))
