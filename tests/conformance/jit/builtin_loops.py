# Built-ins consuming generators (sum, list, tuple, set, sorted) run their
# loop as hidden Python code under a JIT: results, errors and tracebacks must
# read as CPython's, and a generator pipeline consumed by sum() is traced
# with the consumer. Also sum() over lists and tuples read by index.


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


def squares(source):
    for x in source:
        yield x * x


def failing(n, at):
    for i in range(n):
        if i == at:
            raise ValueError("failed at %d" % i)
        yield i


def mixed(n):
    for i in range(n):
        yield i if i < n - 3 else 0.5


total = 0
for r in range(40):
    total += sum(squares(only_odd(numbers(200 + r))))
    total += sum(x * 3 for x in range(100) if x % 3 != 0)
    total += len(list(squares(numbers(50))))
    total += len(set(x % 7 for x in numbers(60)))
    total += sum(tuple(only_odd(numbers(30))))
    total += sorted(squares(numbers(20)))[-1]
print(total)
print(sum(mixed(1500)), sum(mixed(10), 0.25), sum((s for s in ["a"]), []) if False else "skip")
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([[1], [2]], []), sum([], 7), sum(range(10)))
print(sum([True, True, 2]), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]))

words = [w for w in "the generator pipeline feeds the consumer".split()]
print(sum(len(w) for w in words), list(w.upper() for w in words if len(w) > 3))

for at in (0, 5, 1500):
    try:
        print(sum(failing(2000, at)))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(len(list(failing(2000, at))))
    except ValueError as e:
        print("ValueError", e)

try:
    sum(x if x < 1200 else "s" for x in range(1300))
except TypeError as e:
    print("TypeError", e)
try:
    sum(numbers(5), "")
except TypeError as e:
    print("TypeError", e)

# A generator consumed partly by a loop, then by sum() and list().
g = numbers(3000)
for x in g:
    if x == 1000:
        break
print(sum(g))
g = numbers(2000)
next(g)
print(len(list(g)), list(g))

print(sum(failing(2000, 1999)))
