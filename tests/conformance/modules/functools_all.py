# functools: reduce, partial, wraps, lru_cache/cache, total_ordering, cmp_to_key, cached_property
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, "hello"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square(3, mod=5), partial(power, 2)(10), partial(partial(power, 3), 2)())
p = partial(power, 2, mod=7)
print(p.func is power, p.args, p.keywords)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k) * 2
    return inner
@deco
def twice(x):
    "the docstring"
    return x + 1
print(twice(4), twice.__name__, twice.__doc__, twice.__wrapped__(4), twice.__qualname__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(calls, ident.cache_info())
ident.cache_clear()
print(ident.cache_info(), ident.cache_parameters())
@lru_cache
def plain(x, y=1):
    return x * y
print(plain(3), plain(3, y=2), plain(3), plain.cache_info())
@cache
def sq(x):
    return x * x
print(sq(9), sq(9), sq.cache_info())
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V(1) != V(1))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
class Box:
    def __init__(self):
        self.n = 0
    @cached_property
    def big(self):
        self.n += 1
        return [self.n] * 3
b = Box()
print(b.big, b.big, b.n)
class M:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 100
print(M().m(1), M.m.cache_info().misses)
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
