# functools.lru_cache and cache: hits, misses, eviction order, typed keys,
# keyword arguments, methods, errors, and recursion through the wrapper.
import functools

calls = []


@functools.lru_cache(maxsize=3)
def square(x, *, scale=1):
    calls.append(x)
    return x * x * scale


for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(v)
print(calls, square.cache_info())
print(square(2, scale=2), square(2, scale=2), square(x=2), square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__wrapped__.__name__, square.__doc__)


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info())


@functools.lru_cache(maxsize=0)
def never(x):
    calls.append(("never", x))
    return x


never(1), never(1)
print(never.cache_info(), calls[-2:])


@functools.cache
def fails(x):
    calls.append(("fails", x))
    raise ValueError(x)


for _ in range(2):
    try:
        fails(7)
    except ValueError as e:
        print("ValueError", e)
print(fails.cache_info())

try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def __init__(self, side):
        self.side = side

    @functools.lru_cache(maxsize=8)
    def area(self, scale=1):
        return self.side * self.side * scale

    def __hash__(self):
        return hash(self.side)

    def __eq__(self, other):
        return isinstance(other, Shape) and other.side == self.side


a, b = Shape(3), Shape(3)
print(a.area(), b.area(), a.area(2), Shape.area.cache_info())


@functools.lru_cache
def no_parens(s):
    return s.upper()


print(no_parens("abc"), no_parens("abc"), no_parens.cache_info())


@functools.cache
def walk(i, j):
    if j - i <= 1:
        return 0
    return min(walk(i, k) + k + walk(k, j) for k in range(i + 1, j))


print(walk(0, 150), walk.cache_info().currsize)
