# `for x in obj` where obj's class defines __next__ in Python
# (FOR_ITER_INSTANCE): __next__ runs as a frame over a copy of the
# iterator in tier 1 and inline in traces; a StopIteration it raises (or
# lets through from deeper calls) ends the loop, any other exception
# propagates with its traceback.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Pairs:
    """Yields tuples, floats and strs in turn."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= self.n:
            raise StopIteration("done")
        self.i = i + 1
        k = i % 3
        if k == 0:
            return (i, -i)
        if k == 1:
            return i * 0.5
        return "s" + str(i)


class Done(StopIteration):
    pass


def finish():
    raise Done(7)


class Deep:
    """StopIteration from a function __next__ calls, a subclass at that."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            finish()
        self.n -= 1
        return self.n * 2


class Faulty:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n == 0:
            raise ValueError("broken at zero")
        return self.n


class Guarded:
    """__next__ with its own handlers and a finally that counts."""

    finals = 0

    def __init__(self, items):
        self.it = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.it) + 1
        except StopIteration:
            raise StopIteration from None
        finally:
            Guarded.finals += 1


def total(n):
    s = 0
    for x in Countdown(n):
        s += x
    return s


def mixed(n):
    ints = 0
    floats = 0.0
    strs = 0
    for v in Pairs(n):
        if type(v) is tuple:
            a, b = v
            ints += a - b
        elif type(v) is float:
            floats += v
        else:
            strs += len(v)
    return ints, floats, strs


def nested(n):
    out = 0
    for i in Countdown(n):
        for j in Countdown(i % 5):
            out += i * j
    return out


def with_else(n, stop_at):
    seen = 0
    for x in Countdown(n):
        if x == stop_at:
            break
        seen += 1
    else:
        return ("exhausted", seen)
    return ("broke", seen)


def deep(n):
    s = 0
    for v in Deep(n):
        s += v
    return s


def faulty(n):
    s = 0
    try:
        for v in Faulty(n):
            s += v
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        return s, str(e), lines
    return s, None, []


def replaced(n):
    # __next__ changes mid-loop: the traces depending on the class go.
    class Flip:
        def __init__(self):
            self.i = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.i += 1
            if self.i > n:
                raise StopIteration
            return 1

    def next_two(self):
        self.i += 1
        if self.i > n:
            raise StopIteration
        return 2

    s = 0
    f = Flip()
    for v in f:
        s += v
        if f.i == n // 2:
            Flip.__next__ = next_two
    return s


def exc_state(n):
    # The StopIteration ending the loop is not left as the handled exception.
    for _ in Countdown(n):
        pass
    try:
        raise
    except RuntimeError as e:
        return str(e)


def in_handler(n):
    # Ending the loop inside an except block keeps that block's exception.
    try:
        try:
            raise KeyError("outer")
        except KeyError:
            for _ in Countdown(n):
                pass
            raise
    except KeyError as e:
        return repr(e)


print(total(3000), total(0), total(1))
print(mixed(3000))
print(nested(400))
print(with_else(500, -1), with_else(500, 250), with_else(0, 0))
print(deep(2000))
print(faulty(1500))
print(replaced(2000))
print(exc_state(1000))
print(in_handler(1000))
g = Guarded(range(1200))
print(sum(x for x in g), Guarded.finals)
print(list(Countdown(5)), sorted(Pairs(4), key=str))
it = Countdown(3)
print(next(it), next(it), next(it), next(it, "end"))
for a in Countdown(2):
    for b in it:
        print("never", a, b)
print("ok")
