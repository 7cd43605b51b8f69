# Set comprehensions: filtering, dedup, nested loops, conditions, and comprehension scoping.
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}), {x * x for x in range(-2, 3)})
print(sorted({w.lower() for w in ["A", "b", "B", "a", "c"]}))
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
print({n for n in range(30) if n % 7 == 0 and n < 8})
print(sorted({(a, b) for a in range(3) for b in range(a)}))
print(sorted({c for word in ["abc", "bcd", "cde"] for c in word}))
print({x for x in []}, {x for x in range(0)} == set())
print(sorted({x if x > 2 else -x for x in range(5)}))

# the comprehension variable doesn't leak
x = "outer"
s = {x for x in range(3)}
print(x, s)

# set comprehension over a dict and a string
d = {"a": 1, "b": 2, "c": 1}
print({v for v in d.values()}, sorted({k for k, v in d.items() if v == 1}))
print(sorted({ch for ch in "hello world" if ch.isalpha()}))

# unhashable elements produced in a comprehension
try:
    {[x] for x in range(3)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{x} for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(frozenset({x, x + 1}) == frozenset({x + 1, x}) for x in range(2)))

# frozensets of frozensets
pairs = {frozenset({a, b}) for a in range(3) for b in range(3) if a != b}
print(len(pairs), sorted(sorted(p) for p in pairs))

# errors inside the comprehension body
try:
    {10 // x for x in [1, 0]}
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# nested set comprehension in a condition
primes = {n for n in range(2, 30) if all(n % d for d in range(2, n))}
print(sorted(primes), len(primes))
print({n % 4 for n in primes})
