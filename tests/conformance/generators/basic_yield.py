# Basic generator functions: lazy execution, multiple yields, yield in loops and conditionals.
def simple():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")

g = simple()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(list(evens(10)), list(evens(0)))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
for v in countdown(3):
    print("loop", v)

# yield as expression with no value sent yields None back
def echo():
    got = yield "first"
    print("  got", got)
    got = yield "second"
    print("  got", got)
e = echo()
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("echo done")

# bare yield produces None
def nones():
    yield
    yield
print(list(nones()))

# generators are iterators: iter(g) is g
g = countdown(2)
print(iter(g) is g, list(g), list(g))

# a generator function called twice yields independent generators
a = countdown(3)
b = countdown(3)
print(next(a), next(a), next(b))

# yield inside try/except inside generator
def safe_div(pairs):
    for x, y in pairs:
        try:
            yield x / y
        except ZeroDivisionError:
            yield "div0"
print(list(safe_div([(1, 2), (3, 0), (9, 3)])))
print(type(simple).__name__, simple.__name__, g.__name__)
