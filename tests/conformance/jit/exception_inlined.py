# Exceptions raised inside functions called from hot loops: caught in the
# loop every 97th iteration, caught only outside the loop (which the exception
# leaves), raised by builtins, with finally blocks, and one uncaught at the end.

class Odd(Exception):
    pass

def check(i):
    if i % 97 == 0:
        raise Odd(i)
    return i & 7

caught = 0
s = 0
for i in range(6000):
    try:
        s += check(i)
    except Odd as e:
        caught += 1
        s += e.args[0] % 5
print(s, caught)

# two levels deep, caught in the loop, with a finally that counts
def inner(i):
    if i % 131 == 5:
        raise ValueError("bad " + str(i))
    return 1

def outer(i):
    return inner(i) + inner(i + 1)

fin = 0
errs = []
s = 0
for i in range(6000):
    try:
        s += outer(i)
    except ValueError as e:
        errs.append(str(e))
    finally:
        fin += 1
print(s, fin, len(errs), errs[:3], errs[-1])

# caught only outside the loop: the exception leaves a hot loop
def scan(limit):
    n = 0
    for i in range(100000):
        n += i % 3
        if i == limit:
            raise LookupError(n)
    return n

for limit in (2999, 5000, 7777):
    try:
        scan(limit)
    except LookupError as e:
        print("left at", limit, e.args[0])

# raised in a callee of the hot loop, caught only by the loop's caller
def maybe_fail(i, at):
    if i == at:
        raise LookupError("at " + str(i))
    return i % 4

def drive(at):
    n = 0
    for i in range(6000):
        n += maybe_fail(i, at)
    return n

for at in (3500, 5999, 6000):
    try:
        print("drive", at, drive(at))
    except LookupError as e:
        print("drive", at, "failed", e)

# exceptions from builtin operations in a hot loop
d = {}
for i in range(300):
    d[i * 3] = i
zero_div = 0
key_miss = 0
s = 0
for i in range(6000):
    try:
        s += d[i % 900] // (i % 11)
    except KeyError:
        key_miss += 1
    except ZeroDivisionError:
        zero_div += 1
print(s, key_miss, zero_div)

# raising and catching inside the same function body, plus a re-raise
def guarded(n):
    bad = 0
    for i in range(n):
        try:
            if i % 250 == 0:
                raise KeyError(i)
        except KeyError:
            bad += 1
            if i == 2500:
                try:
                    raise
                except KeyError as e:
                    bad += 1000 + e.args[0]
    return bad
print(guarded(3000))

# a loop that ends with an uncaught exception after many iterations
def last(i):
    if i == 4321:
        raise RuntimeError("done after " + str(i))
    return i

s = 0
for i in range(5000):
    s += last(i)
print("unreachable", s)
