# Rich comparisons on instances whose class defines the dunder in Python
# (COMPARE_OP_INSTANCE): the dunder runs as a frame in tier 1 and inline
# in traces; NotImplemented falls back to the reflected dunder, then to
# identity (== and !=) or TypeError; a jump takes the result's truth.


class Key:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k < other.k

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k == other.k

    def __gt__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k > other.k

    __hash__ = None


def insertion_sort(items):
    for i in range(1, len(items)):
        x = items[i]
        j = i - 1
        while j >= 0 and x < items[j]:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = x
    return items


keys = [Key((i * 7919) % 211) for i in range(300)]
print([k.k for k in insertion_sort(keys)][:12])


def count_equal(items, probe):
    n = 0
    for x in items:
        if x == probe:
            n += 1
    return n


print(count_equal(keys, Key(5)), count_equal(keys, 5), count_equal(keys + [None], None))


def mixed(items):
    # Against an int: NotImplemented both ways; == is identity, < raises.
    out = []
    for x in items:
        out.append(x == 3)
        try:
            out.append(x < 3)
        except TypeError as e:
            out.append(str(e))
    return out[:4], len(out)


print(mixed(keys[:50]))


class Fuzzy:
    # Returns numbers, not bools: a jump takes their truth, a value keeps them.
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return abs(self.v - other.v) if isinstance(other, Fuzzy) else 0

    def __le__(self, other):
        return [1] if self.v <= other.v else []


def fuzzy(n):
    hits = 0
    raw = []
    a = Fuzzy(1.5)
    for i in range(n):
        b = Fuzzy(i % 3)
        if a == b:
            hits += 1
        if b <= a:
            hits += 10
        raw.append(a == b)
    return hits, raw[:6]


print(fuzzy(500))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return self.v > other.v


def reflected(n):
    # a < b: a.__lt__ gives up, b.__gt__(a) answers.
    c = 0
    for i in range(n):
        if OnlyGt(i % 5) < OnlyGt(2):
            c += 1
    return c


print(reflected(400))


class Picky:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if other.v == 77:
            raise ValueError("no seventy-seven")
        return self.v < other.v


def picky(n):
    try:
        best = Picky(0)
        for i in range(n):
            p = Picky(i)
            if best < p:
                best = p
        return best.v
    except ValueError as e:
        return "raised " + str(e)


print(picky(50), picky(200))


class Switch:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


def switch(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            # The class changes under the running loop.
            Switch.__lt__ = lambda self, other: self.v > other.v
        if Switch(i % 10) < Switch(5):
            s += 1
    return s


print(switch(600))


class Sub(Key):
    def __gt__(self, other):
        return "sub gt"


def subclass_right(n):
    # A subclass on the right with its own reflected dunder goes first.
    out = []
    for i in range(n):
        out.append(Key(i) < Sub(3))
    return out[:3], len(out)


print(subclass_right(100))


class Num(int):
    def __lt__(self, other):
        return "num lt"


def int_subclass(n):
    out = None
    for i in range(n):
        out = Num(i) < 5
    return out


print(int_subclass(100))
