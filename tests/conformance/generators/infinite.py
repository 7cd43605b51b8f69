# Infinite generators consumed partially with zip, enumerate, next and break.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def cycle(items):
    while True:
        for x in items:
            yield x

print(list(zip(range(5), naturals(10))))
print(list(zip("abc", fib(), cycle([True, False]))))
for i, f in enumerate(fib()):
    if f > 100:
        print("first fib over 100 is", f, "at index", i)
        break

g = naturals()
print([next(g) for _ in range(5)], next(g))

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(10, fib()))
print(take(7, cycle("xy")))
print(take(0, naturals()))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(15, primes()))

def squares_of(it):
    for x in it:
        yield x * x
def where(pred, it):
    for x in it:
        if pred(x):
            yield x
print(take(5, where(lambda v: v % 3 == 1, squares_of(naturals()))))

# zip stops at the shortest, but consumes one extra item from earlier iterators
g = naturals()
print(list(zip(g, "ab")), next(g))
g = naturals()
print(list(zip("ab", g)), next(g))
print(dict(zip(cycle("kv"), range(4))))
print(sum(x for x, _ in zip(naturals(1), range(100))))
