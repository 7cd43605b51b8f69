# CPython 3.11 runs list, set and dict comprehensions in frames of their
# own (<listcomp>, <setcomp>, <dictcomp>); a traceback through one shows
# that frame below the enclosing one, whose line is underlined at the
# comprehension. The first iterable is evaluated in the enclosing frame.
# conformance: full traceback
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


class BadIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("next failed")


show(lambda: [x for x in 5])
show(lambda: [x for y in [1] for x in 5])
show(lambda: [x for x in BadIter()])
show(lambda: [x for x in [1] for y in BadIter()])
show(lambda: [x for x in [1, 0] if 1 / x])
show(lambda: {1 / x: x for x in [0]})
show(lambda: {x: 1 / x for x in [0]})
show(lambda: {[x] for x in [0]})
show(lambda: {[x]: 1 for x in [0]})
show(lambda: [(lambda: 1 / x)() for x in [0]])
show(lambda: list([1 / x for x in [y]] for y in [0]))
show(lambda: [[x for x in 5] for y in [1]])
show(lambda: [[1 / (x - y) for x in range(2)]
              for y in range(1, 2)])


def rec(n):
    return [rec(n - 1) for _ in [1]] if n else 1 / 0


show(lambda: rec(6))


def reraise():
    try:
        [1 / x for x in [0]]
    except ZeroDivisionError:
        raise


show(reraise)


def caught_then_other():
    for i in range(2):
        try:
            [1 / x for x in [i]]
        except ZeroDivisionError:
            pass
    [y.foo for y in [1]]


show(caught_then_other)


def gen_with_comp():
    yield [1 / x for x in [0]]


show(lambda: next(gen_with_comp()))


# A generator's StopIteration becomes a RuntimeError where the generator
# was resumed: that traceback has no entry for the generator's frame.
def gen_stop(it):
    x = [next(it) for _ in range(3)]
    yield x


show(lambda: list(gen_stop(iter([1]))))


def gen_plain(it):
    next(it)
    yield 1


show(lambda: list(gen_plain(iter([]))))

# What the traceback module reads of the entries.
try:
    {k: [1 / x for x in [k]] for k in [0]}
except ZeroDivisionError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_lasti >= 0)
        tb = tb.tb_next

result = [
    1 / x
    for x in [1, 0]
]
