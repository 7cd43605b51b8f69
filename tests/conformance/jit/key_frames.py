# Instance keys whose __hash__/__eq__ are Python functions, in dicts and
# sets inside hot loops: tier 1 runs them as frames of its own loop (no
# nested interpreter), and traces run those frames too. What CPython
# calls, in what order, its errors and tracebacks, and lookups whose
# __eq__ changes the dict.


class Key:
    log = []

    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __hash__(self):
        return hash((self.a, self.b))

    def __eq__(self, other):
        if Key.log is not None:
            Key.log.append((self.a, other.a))
        return self.a == other.a and self.b == other.b

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


def lookups():
    d = {Key(i): i for i in range(30)}
    s = {Key(i) for i in range(0, 30, 2)}
    Key.log = []
    total = 0
    for r in range(25):
        for i in range(30):
            k = Key(i)
            total += d[k]
            d[k] = d[k] + 1
            if k in s:
                total += 100
            if Key(i, 1) not in d:
                total += 1
    print("lookups", total, len(d), len(s), len(Key.log), Key.log[:4])
    Key.log = None


class Collide:
    """Every instance hashes alike: each lookup compares along the chain."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.n == other.n


def collisions():
    d = {}
    for i in range(12):
        d[Collide(i)] = i
    total = 0
    for r in range(30):
        for i in range(12):
            total += d[Collide(i)]
        if Collide(99) in d:
            total = -1
    print("collisions", total, len(d), list(d.values())[:5])


class Odd:
    def __init__(self, h, eq):
        self.h = h
        self.eq = eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self.eq


def odd_results():
    d = {Odd(-1, True): "minus one", Odd(2**70, True): "big"}
    out = []
    for i in range(30):
        out.append(d[Odd(-1, 1)])
        out.append(d.get(Odd(-2, 1), "?"))
        out.append(Odd(2**70, "yes") in d)
        out.append(Odd(2**70, NotImplemented) in d)
        out.append(Odd(2**70, []) in d)
    print("odd", hash(Odd(-1, 0)), out[:5], len(out))
    for i in range(30):
        try:
            d[Odd("x", True)]
        except TypeError as e:
            if i == 29:
                print("TypeError", e)


class Mutating:
    def __init__(self, n, victim=None):
        self.n = n
        self.victim = victim

    def __hash__(self):
        return 3

    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
            self.victim = None
        return self.n == other.n


def mutation():
    for r in range(20):
        d = {}
        stored = Mutating(1, d)
        d[stored] = "one"
        d[Mutating(2)] = "two"
        try:
            v = d[Mutating(1)]
        except KeyError as e:
            v = "KeyError " + repr(type(e.args[0]).__name__)
        if r % 10 == 0:
            print("mutation", v, len(d))


class Fails:
    def __init__(self, where):
        self.where = where

    def __hash__(self):
        if self.where == "hash":
            raise ValueError("no hash")
        return 1

    def __eq__(self, other):
        if self.where == "eq":
            raise ValueError("no eq")
        return False


def errors():
    # (The stored key's __eq__ runs, with the key looked up as `other`.)
    d = {Fails("ok"): 1}
    e = {Fails("eq"): 1}
    for i in range(25):
        for container, key in ((d, Fails("hash")), (e, Fails("ok"))):
            try:
                container[key]
            except ValueError as err:
                if i == 24:
                    print(err, err.__traceback__.tb_lineno)
    for i in range(25):
        try:
            d[Fails("neither")]
        except KeyError as err:
            if i == 24:
                print("KeyError", type(err.args[0]).__name__)


class Base:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        print("Base.__eq__")
        return self.n == other.n


class Derived(Base):
    __hash__ = Base.__hash__

    def __eq__(self, other):
        print("Derived.__eq__")
        return self.n == other.n


def mixed_classes():
    d = {Base(1): "b"}
    for i in range(3):
        print(d[Derived(1)], Base(1) in d)
    s = {Derived(2)}
    for i in range(2):
        print(Base(2) in s)


def recursion():
    class Deep:
        def __init__(self, n):
            self.n = n

        def __hash__(self):
            return hash(Deep(self.n + 1)) if self.n < 10**6 else 0

    try:
        {}[Deep(0)]
    except RecursionError:
        print("RecursionError")


def uncaught():
    # The traceback: the lookup's line, then the raising line in __eq__.
    e = {Fails("eq"): 1}
    for i in range(30):
        if i == 29:
            e[Fails("ok")] = 2
        else:
            try:
                e[Fails("ok")] = 2
            except ValueError:
                pass


lookups()
collisions()
odd_results()
mutation()
errors()
mixed_classes()
recursion()
uncaught()
