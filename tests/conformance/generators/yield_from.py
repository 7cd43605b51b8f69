# yield from: delegation to generators and iterables, and capturing the subgenerator's return value.
def inner(n):
    for i in range(n):
        yield "inner" + str(i)
    return n * 10
def outer():
    r1 = yield from inner(2)
    yield "r1=" + str(r1)
    r2 = yield from inner(0)
    yield "r2=" + str(r2)
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1, "j": 2}
    return "outer done"
g = outer()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("outer returned:", e.value)
        break
print(out)
# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
# chained delegation three levels
def a():
    yield 1
    return "A"
def b():
    r = yield from a()
    yield r
    return "B"
def c():
    r = yield from b()
    yield r
print(list(c()))
# exceptions in the subgenerator propagate through yield from
def failing():
    yield "ok"
    raise ValueError("sub failed")
def delegator():
    try:
        yield from failing()
    except ValueError as e:
        yield "caught " + str(e)
print(list(delegator()))
# flatten with yield from
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
# yield from an exhausted generator yields nothing
g = inner(1)
list(g)
def again():
    r = yield from g
    yield r
print(list(again()))
