# `yield from` at one site meeting generators, lists, ranges, a finished
# generator and a coroutine (refused in a plain generator), in a hot loop.


def leaf(n):
    for i in range(n):
        yield i


def delegate(src):
    got = yield from src
    yield ("done", got)


def ret(n):
    yield n
    return n * 10


async def coro():
    return 1


total = 0
for r in range(400):
    k = r % 5
    if k == 0:
        src = leaf(3)
    elif k == 1:
        src = [r, r + 1]
    elif k == 2:
        src = range(2)
    elif k == 3:
        src = ret(r)
    else:
        src = leaf(0)
        next(src, None)
    for v in delegate(src):
        if isinstance(v, tuple):
            total += 1 if v[1] is None else v[1]
        else:
            total += v
print(total)
c = coro()
try:
    list(delegate(c))
except TypeError as e:
    print("TypeError:", e)
c.close()
