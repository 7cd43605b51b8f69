# yield from chains: throw caught deep inside then iteration goes on, an
# exception caught several levels up, return values at every level, links'
# locals kept alive while only the innermost runs and allocates
import gc


def inner(log):
    while True:
        try:
            got = yield len(log)
            log.append(got)
        except KeyError as e:
            log.append("inner caught " + str(e))
        if len(log) > 6:
            return "inner done"


def link(depth, log):
    mine = [depth] * 3
    if depth == 0:
        r = yield from inner(log)
    else:
        r = yield from link(depth - 1, log)
    return "%s/%d:%d" % (r, depth, sum(mine))


log = []
g = link(4, log)
print(next(g), g.send("a"), g.throw(KeyError("k1")), g.send("b"))
for v in g:
    print("for got", v)
try:
    g.send(1)
except StopIteration as e:
    print("after end", repr(e.value))
print(log)


def top():
    r = yield from link(3, [])
    yield r


print(list(top()))


def thrower(n):
    yield n
    raise IndexError("from the bottom %d" % n)


def catches_high(depth):
    try:
        if depth == 0:
            yield from thrower(7)
        else:
            yield from catches_high(depth - 1)
    except IndexError as e:
        if depth < 3:
            raise
        yield "caught at depth %d: %s" % (depth, e)
    yield "depth %d goes on" % depth


print(list(catches_high(5)))


def churn(n):
    for i in range(n):
        junk = [[j] * 4 for j in range(200)]
        gc.collect()
        yield len(junk) + i


def holder(depth, n):
    keep = {"depth": depth, "items": list(range(depth * 10))}
    if depth == 0:
        total = yield from churn(n)
    else:
        total = yield from holder(depth - 1, n)
    yield (keep["depth"], len(keep["items"]))
    return total


print(list(holder(5, 5)))
w = holder(3, 2)
print(next(w), w.gi_yieldfrom is not None, next(w), w.gi_running, w.gi_suspended)
print(list(w))
