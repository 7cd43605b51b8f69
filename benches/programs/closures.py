# closures: higher-order programming. Functions returning closures (adders,
# composition, memoizing wrappers), lambdas passed to map/filter/sorted,
# counters mutated through nonlocal, and a function-valued dispatch table.
# The count is the number of rounds; the checksum folds every result.


def make_adder(k):
    def add(x):
        return x + k

    return add


def compose(f, g):
    def both(x):
        return f(g(x))

    return both


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def memoize(fn):
    cache = {}

    def wrapper(x):
        if x in cache:
            return cache[x]
        value = fn(x)
        cache[x] = value
        return value

    return wrapper


def apply_all(fns, x):
    for f in fns:
        x = f(x)
    return x


def main(n):
    check = 0
    ops = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b % 9973,
        "max": lambda a, b: a if a > b else b,
    }
    names = ["add", "sub", "mul", "max"]
    for r in range(n):
        adders = [make_adder(i) for i in range(20)]
        pipeline = compose(adders[3], compose(adders[5], lambda x: x * 2))
        total = 0
        for i in range(500):
            total += pipeline(i) + apply_all(adders[:5], i)
        counter = make_counter()
        for i in range(300):
            counter(i % 7)
        square = memoize(lambda x: x * x + r)
        memo_total = 0
        for i in range(600):
            memo_total += square(i % 50)
        mapped = list(map(lambda x: x * 3 + 1, range(400)))
        kept = list(filter(lambda x: x % 4 == 0, mapped))
        ordered = sorted(kept, key=lambda x: (x % 10, -x))
        acc = 1
        for i in range(400):
            acc = ops[names[i % 4]](acc, i)
        check = (check * 31 + total + counter(0) + memo_total + sum(kept) + ordered[0] + acc) % 1000000007
    return check


print(main(100))
