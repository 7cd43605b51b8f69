# StopIteration from next() on exhausted iterators, next() defaults, and its value attribute.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value, repr(e))
print(next(it, "default"))
print(next(iter([]), None))

for src in ["", (), {}, range(0), "ab"]:
    it = iter(src)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    print(repr(src), out)

d = {"a": 1}
it = iter(d)
print(next(it))
try:
    next(it)
except StopIteration:
    print("dict iterator exhausted")

# an exhausted iterator stays exhausted
it = iter(range(2))
print(list(it), list(it))

try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator returned", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))

# map/zip/enumerate/filter iterators are exhausted too
for it in [map(abs, [-1]), zip([1], [2]), enumerate("a"), filter(None, [0, 3]), reversed([9])]:
    print(type(it).__name__, next(it), next(it, "end"))
