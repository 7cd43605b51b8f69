# Generators that raise: the exception surfaces at next(), and the generator is then finished.
def risky(items):
    for x in items:
        if x < 0:
            raise ValueError("negative value " + str(x))
        yield x * 10
g = risky([1, 2, -3, 4])
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("finished after raising")
# partial results collected before the failure
out = []
try:
    for v in risky([5, 6, -1, 7]):
        out.append(v)
except ValueError as e:
    print("collected", out, "before:", e)
# list() on a failing generator produces no list
try:
    result = list(risky([1, -1]))
except ValueError as e:
    print("list() raised:", e)
# errors from generator expression bodies
g = (10 // x for x in [5, 2, 0, 1])
vals = []
try:
    for v in g:
        vals.append(v)
except ZeroDivisionError as e:
    print(vals, type(e).__name__, e)
print(list(g))
# a generator that is running cannot be re-entered
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
# finally in a generator runs when it raises
def with_finally():
    try:
        yield 1
        raise KeyError("inside")
    finally:
        print("  generator finally ran")
g = with_finally()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
# exception context inside generators
def chained():
    try:
        yield 1 / 0
    except ZeroDivisionError:
        raise LookupError("wrapped")
try:
    list(chained())
except LookupError as e:
    print(type(e).__name__, e, "<-", type(e.__context__).__name__)
