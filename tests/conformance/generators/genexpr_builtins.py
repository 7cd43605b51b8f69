# Generator expressions consumed by sum/min/max/any/all/list/tuple/sorted/dict/str.join.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums))
print(sum(x for x in nums if x > 0))
print(min(x for x in nums if x > 0), max(abs(x) for x in nums))
print(any(x > 5 for x in nums), all(x > -10 for x in nums))
print(any(x > 100 for x in nums), all(x > 0 for x in nums))
print(any(x for x in []), all(x for x in []))
print(list(x // 2 for x in nums))
print(tuple(str(x) for x in nums[:3]))
print(sorted((x for x in nums), reverse=True))
print(dict((str(x), x) for x in range(3)))
print("-".join(w.upper() for w in ["a", "bb", "ccc"]))
print(sum(1 for _ in range(1000)))
print(max((len(w), w) for w in ["pear", "fig", "banana", "kiwi"]))

# nested generator expression and multiple for clauses
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(list(x for row in [[1, 2], [3], []] for x in row if x != 2))
print(sum(sum(x for x in range(n)) for n in range(5)))

# a generator expression is single-use
g = (x for x in range(3))
print(type(g).__name__, list(g), list(g), sum(g))

# the first iterable is evaluated immediately; the rest lazily
try:
    g = (x for x in 5)
except TypeError as e:
    print("immediate:", type(e).__name__, e)
g = (1 / x for x in [1, 0])
print("created lazily")
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy:", type(e).__name__, e)

# short-circuiting: any/all stop consuming early
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(x) > 2 for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(track(x) < 2 for x in [1, 2, 3]), seen)

# min/max on empty generator
try:
    min(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
print(max((x for x in []), default=None))
