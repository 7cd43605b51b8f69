# Mutating set methods: add, remove, discard, pop, clear, update and their error cases.
s = {1, 2}
s.add(3)
s.add(2)
print(s, s.add(4), s)
s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(s.discard(99), s)
s.discard(2)
print(s)

p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)

# pop returns elements in iteration order for small ints
q = {0, 3, 1, 2}
print([q.pop() for _ in range(4)], q)

s = {1, 2, 3}
s.clear()
print(s, len(s))

u = {1}
u.update([2, 3], (4,), {5: "x"}, range(6, 7))
print(u)
u.update()
print(u)
try:
    u.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.remove({1})
except KeyError as e:
    print("remove set arg:", type(e).__name__, e)

# frozensets have no mutating methods
f = frozenset({1})
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(2)
except AttributeError as e:
    print(type(e).__name__, e)

# mutation during iteration
s = {0, 1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

# remove/discard with a set element looks up the frozenset equivalent
fs = {frozenset({1, 2}), frozenset()}
fs.discard({1, 2})
print(fs)
