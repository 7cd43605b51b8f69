# Generator return values: StopIteration.value, return without value, return in the middle.
def gen(n):
    for i in range(n):
        yield i
    return "finished " + str(n)

g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def early(stop):
    yield "a"
    if stop:
        return
    yield "b"
print(list(early(True)), list(early(False)))
g = early(True)
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare return value:", e.value, e.args)

def return_only():
    return 5
    yield
g = return_only()
try:
    next(g)
except StopIteration as e:
    print("immediate return:", e.value)

# the return value is lost when consumed by for/list
def with_ret():
    yield 1
    return [1, 2, 3]
print(list(with_ret()))

# capturing the return value manually
def drive(g):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value
print(drive(gen(3)))
print(drive(early(False)))

# raising StopIteration inside a generator becomes RuntimeError (PEP 479)
def bad():
    yield 1
    raise StopIteration("explicit")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

# a return value of a tuple, and None
def tup():
    yield 0
    return 1, 2
print(drive(tup()))
