# Generators resumed and suspended inside traces (FOR_ITER over a
# generator, `yield from`, yields back to a Python loop): generators that
# finish mid-loop, fresh ones started by `yield from`, several yield
# points, exceptions thrown out of a generator, and the recursion limit
# reached by a deep `yield from` chain.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def two_points(n):
    for i in range(n):
        yield i
        if i % 3 == 0:
            yield -i


def consume(n):
    total = 0
    for x in two_points(n):
        total += x
    for k in range(n // 10):
        for y in count(k % 7):
            total += y
    return total


print(consume(3000))


def chain(depth, n):
    if depth == 0:
        yield from count(n)
    else:
        yield from chain(depth - 1, n)


def nested(rounds):
    total = 0
    for r in range(rounds):
        for v in chain(r % 4, 5):
            total += v
    return total


print(nested(800))


def failing(n):
    for i in range(n):
        if i == 777:
            raise ValueError("seven hundred seventy-seven")
        yield i


def catch(n):
    total = 0
    try:
        for v in failing(n):
            total += v
    except ValueError as e:
        print("caught", e, total)
    return total


print(catch(2000))


def deep(n):
    if n == 0:
        yield 0
    else:
        yield from deep(n - 1)


def deep_chain():
    got = 0
    for d in range(0, 400, 7):
        for v in deep(d):
            got += v + 1
    try:
        for v in deep(5000):
            got += v
    except RecursionError:
        print("RecursionError")
    return got


print(deep_chain())


def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def delegate():
    result = yield from acc()
    yield ("done", result)


def drive(n):
    g = delegate()
    next(g)
    out = 0
    for i in range(n):
        out = g.send(i)
    return out, g.send(None)


print(drive(1500))
