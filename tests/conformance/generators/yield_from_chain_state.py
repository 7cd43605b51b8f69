# yield from chains: close and throw reaching the innermost generator,
# the links running while it runs, exceptions handled at several levels


# throw and close while suspended deep inside
def closable(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("leaf closed")


def outer(log, depth):
    try:
        if depth == 0:
            yield from closable(log)
        else:
            yield from outer(log, depth - 1)
    finally:
        log.append("outer %d closed" % depth)


log = []
g = outer(log, 3)
next(g)
g.close()
print(log)
g = outer([], 3)
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("throw came back", e)


# the links of a chain are running while the innermost runs
def watcher(box):
    yield box[0].gi_running
    try:
        next(box[0])
    except ValueError as e:
        yield "next: " + str(e)
    try:
        box[0].close()
    except ValueError as e:
        yield "close: " + str(e)
    yield box[0].gi_suspended


def wrap(box, depth):
    if depth == 0:
        yield from watcher(box)
    else:
        yield from wrap(box, depth - 1)


box = []
w = wrap(box, 4)
box.append(w)
print(list(w), w.gi_running, w.gi_suspended)


# an exception handled inside the innermost while the links handle another
def reraiser():
    try:
        raise IndexError
    except IndexError:
        yield "own IndexError"
        try:
            raise
        except IndexError:
            yield "re-raised its own"


def in_except(depth):
    if depth == 0:
        yield from reraiser()
    else:
        try:
            raise KeyError
        except KeyError:
            yield from in_except(depth - 1)
            try:
                raise
            except KeyError:
                yield "link %d still handles KeyError" % depth


for v in in_except(3):
    print(v)


# a middle link of a running chain, and throw() into the running head
def watcher2(box):
    mid = box[1]
    yield (box[0].gi_running, mid.gi_running, mid.gi_suspended)
    try:
        box[0].throw(KeyError("x"))
    except ValueError as e:
        yield "throw: " + str(e)
    try:
        mid.send(None)
    except ValueError as e:
        yield "send: " + str(e)


def wrap2(box, depth):
    if depth == 0:
        yield from watcher2(box)
    else:
        inner = wrap2(box, depth - 1)
        if depth == 2:
            box.append(inner)
        yield from inner


box = []
w = wrap2(box, 4)
box.insert(0, w)
print(list(w), [g.gi_running for g in box], [g.gi_suspended for g in box])
