# yield from chains: values, sends and return values through nested
# delegating generators, exceptions caught in a middle level, PEP 479


def leaf(tag, n):
    total = 0
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            total += got
    return total * 10 + n


def middle(depth, n):
    if depth == 0:
        r = yield from leaf("leaf", n)
    else:
        r = yield from middle(depth - 1, n)
    return r + 1


def walk(t):
    if t is not None:
        yield from walk(t[0])
        yield t[1]
        yield from walk(t[2])


def tree(lo, hi):
    if lo > hi:
        return None
    m = (lo + hi) // 2
    return (tree(lo, m - 1), m, tree(m + 1, hi))


print(list(walk(tree(0, 40)))[::7])
print(sum(walk(tree(0, 500))))

# return values through every level, with sends reaching the innermost
g = middle(5, 4)
print(next(g))
print(g.send(3), g.send(4), g.send(None))
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)


# an exception from the innermost caught in a middle level
def raiser():
    yield 1
    raise ValueError("inner")


def catcher(depth):
    if depth == 0:
        try:
            yield from raiser()
        except ValueError as e:
            yield "caught " + str(e)
            return "after"
    else:
        r = yield from catcher(depth - 1)
        yield r


print(list(catcher(6)))


# StopIteration raised in the innermost becomes RuntimeError
def bad():
    yield 1
    raise StopIteration


def wraps_bad(depth):
    if depth == 0:
        yield from bad()
    else:
        yield from wraps_bad(depth - 1)


try:
    list(wraps_bad(3))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# a list iterator in the middle of a chain, and a delegate finished early
def lists(depth):
    if depth == 0:
        yield from [1, 2, 3]
    else:
        yield from lists(depth - 1)
        yield from (x * 10 for x in range(3))


print(list(lists(3)))
for d in range(4):
    print(d, [v for v in middle(d, 2)])
