# Loops whose generators are resumed and suspended, and whose list methods
# and len() are called, by tier 1's inner loop: every way out of those fast
# paths, mid-loop (exhaustion, a raise inside the generator, a generator
# resumed by native code, by send(), by next(), a generator already
# running, an empty list, an index out of range, a list subclass, a
# rebound method or len, a receiver that changes type).


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def chained():
    total = 0
    for x in evens(count(50)):
        total += x
    return total


def raises_at(n):
    i = 0
    while True:
        if i == n:
            raise ValueError("stop at %d" % i)
        yield i
        i += 1


def catch_mid_loop():
    seen = []
    try:
        for x in raises_at(7):
            seen.append(x)
    except ValueError as e:
        seen.append(str(e))
    return seen


def with_finally(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("closed")


def break_out():
    log = []
    g = with_finally(log)
    for x in g:
        if x == 2:
            break
    log.append("after break")
    g.close()
    return log


def native_consumers():
    return (
        sum(x * x for x in range(30)),
        list(count(6)),
        max(evens(count(20))),
        sorted(count(5), reverse=True),
        "".join(str(x) for x in count(8)),
    )


def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


def sends():
    acc = accumulator()
    next(acc)
    out = 0
    for v in range(40):
        out = acc.send(v)
    return out


def nexts():
    g = count(10)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration:
            break
    return out


def self_resume():
    def gen():
        for i in range(3):
            try:
                me.send(None)
            except ValueError as e:
                yield str(e)

    me = gen()
    return list(me)


def returns_value():
    def inner():
        for i in range(3):
            yield i
        return "done"

    def outer():
        r = yield from inner()
        yield r

    return list(outer())


def nested_depth(n):
    if n == 0:
        yield 0
        return
    for x in nested_depth(n - 1):
        yield x + 1


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)

    def pop(self, *a):
        return ("popped", list.pop(self, *a))


class Sized:
    def __len__(self):
        return 42


def list_methods():
    out = []
    items = [1, 2, 3]
    for i in range(6):
        items.append(i)
        items.append(i * 2)
        out.append(items.pop())
        out.append(items.pop(0))
    out.append(items)
    try:
        for i in range(5):
            items.pop()
    except IndexError as e:
        out.append(str(e))
    items = [0, 1, 2, 3, 4, 5]
    try:
        for i in range(5):
            items.pop(i)
    except IndexError as e:
        out.append((str(e), items))
    # The receiver changes type mid-loop.
    for receiver in [[], MyList(), [], MyList()]:
        for i in range(3):
            receiver.append(i)
        out.append((receiver, receiver.pop()))
    # A bound method kept in a variable, and an append rebound on the fly.
    target = []
    push = target.append
    for i in range(4):
        push(i)
    out.append(target)
    return out


def lens():
    out = []
    for x in ["abc", [1, 2], (1,), {1: 2}, Sized(), "", range(7)]:
        out.append(len(x))
    try:
        for x in [[1], 5]:
            out.append(len(x))
    except TypeError as e:
        out.append(str(e))
    return out


def shadowed_len():
    global len
    out = []
    for i in range(3):
        out.append(len([1, 2, 3]))
        if i == 1:
            len = lambda x: -1
    del len
    out.append(len([1]))
    return out


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def add(self, other):
        return Point(self.x + other.get())


class Other:
    def get(self):
        return "other"


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def py_calls():
    out = []
    p = Point(1)
    for i in range(20):
        p = p.add(Point(i))
    out.append(p.get())
    # The receiver's class changes mid-loop, and a method is replaced.
    for receiver in [Point(5), Other(), Point(6)]:
        for i in range(3):
            out.append(receiver.get())
    saved = Point.get
    for i in range(4):
        out.append(Point(i).get())
        if i == 1:
            Point.get = lambda self: ("patched", self.x)
    Point.get = saved
    # Recursion past the limit, caught mid-loop, and a callee rebound.
    try:
        for i in range(3):
            out.append(depth(10))
            depth(100000)
    except RecursionError:
        out.append("recursion")

    def f(a):
        return a + 1

    total = 0
    for i in range(6):
        total += f(i)
        if i == 2:
            f = lambda a, b=10: a + b
    out.append(total)
    out.append([depth(i) for i in range(5)])
    return out


class BadInit:
    def __init__(self, n):
        self.n = n
        if n == 3:
            return n


def returns_and_copies():
    out = []
    made = []
    try:
        for i in range(5):
            made.append(BadInit(i).n)
    except TypeError as e:
        out.append((made, str(e)))
    masks = []
    for i in range(-3, 4):
        masks.append(~i)
    for b in (True, False, 2**62, -(2**63)):
        masks.append(~b)
    out.append(masks)
    # Chained comparisons and augmented subscripts use COPY.
    items = [5, 6, 7]
    hits = 0
    for i in range(8):
        if 0 <= i < 3:
            items[i] += i
            hits += 1
    out.append((items, hits))

    def local_or_unbound(flag):
        if flag:
            x = "bound"
        return x

    try:
        for flag in (True, True, False):
            out.append(local_or_unbound(flag))
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    return out


def main():
    for _ in range(3):
        print(returns_and_copies())
        print(py_calls())
        print(chained())
        print(catch_mid_loop())
        print(break_out())
        print(native_consumers())
        print(sends())
        print(nexts())
        print(self_resume())
        print(returns_value())
        print(list(nested_depth(30))[-1])
        print(list_methods())
        print(lens())
        print(shadowed_len())


main()
