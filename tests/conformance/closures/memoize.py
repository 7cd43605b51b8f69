# Memoization with a dict captured in a closure, without functools.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.stats, len(fib.cache))
print(fib(30), fib.stats)
print(fib(100))

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16), paths.stats)

# unhashable args fail inside the wrapper
try:
    fib([1])
except TypeError as e:
    print(type(e).__name__, e)

# memoizing a function that raises: errors are not cached
calls = []
@memoize
def risky(n):
    calls.append(n)
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2
for v in [1, -1, 1, -1]:
    try:
        print(risky(v))
    except ValueError as e:
        print(type(e).__name__, e)
print(calls, risky.stats)

# manual cache without decorator syntax
def make_collatz():
    memo = {1: 0}
    def steps(n):
        if n not in memo:
            memo[n] = 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
        return memo[n]
    return steps, memo
steps, memo = make_collatz()
print([steps(n) for n in range(1, 16)])
print(steps(27), len(memo) > 100)
