# array: subscripts in hot loops (the specialized forms and traces) for
# every typecode, with the cases they must leave to the generic path:
# indices out of range, values to convert or refuse, other receivers at
# the same site, and subclasses overriding __getitem__/__setitem__.
from array import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def fill(a, n, v):
    for i in range(n):
        a[i] = v
    return a


def total(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


def neg_total(a):
    s = 0
    for i in range(1, len(a) + 1):
        s += a[-i]
    return s


for tc in 'bBhHiIlLqQfd':
    a = array(tc, [0] * 300)
    fill(a, 300, 3)
    print(tc, a.itemsize, total(a), neg_total(a), a[0], a[-1], type(a[5]).__name__)

# Floats: 'f' rounds through float32, 'd' keeps every bit.
f = array('f', [0.0] * 200)
d = array('d', [0.0] * 200)
for i in range(200):
    f[i] = 0.1 * i
    d[i] = 0.1 * i
print(f[3], d[3], f[199], d[199], sum(f) == sum(d))
for i in range(200):
    d[i] = i
print(d[7], type(d[7]).__name__, d[-1])

# Ints into each range, in a hot loop that then overflows.
def store_all(a, values):
    for i, v in enumerate(values):
        a[i % len(a)] = v
    return a

for tc, bad in (('b', 128), ('B', -1), ('h', 40000), ('H', 70000), ('i', 2**31), ('I', -5),
                ('l', 2**63), ('L', 2**64), ('q', -2**63 - 1), ('Q', 2**64)):
    a = array(tc, [0] * 4)
    show(lambda: store_all(a, list(range(100)) + [bad]))
    print(tc, a)

show(lambda: store_all(array('i', [0] * 4), [1] * 150 + [1.5]))
show(lambda: store_all(array('d', [0.0] * 4), [1.5] * 150 + ['x']))
show(lambda: store_all(array('b', [0] * 4), [True] * 150 + [False]))
print(store_all(array('Q', [0] * 2), [2**64 - 1] * 120))
print(store_all(array('L', [0] * 2), [2**63] * 120))

# Out of range inside a hot loop.
def walk(a, n):
    out = 0
    i = 0
    while i < n:
        out += a[i]
        i += 1
    return out

a = array('i', range(100))
print(walk(a, 100))
show(lambda: walk(a, 150))
def walk_store(a, n):
    for i in range(n):
        a[i] = i
show(lambda: walk_store(a, 101))
show(lambda: walk_store(a, -1))
print(a[-100], a[99])
show(lambda: a[-101])
show(lambda: a[100])

# The same site sees lists, arrays, tuples and dicts.
def first_items(seqs):
    out = []
    for s in seqs:
        out.append(s[0])
    return out

mixed = [array('d', [1.5]), [2], (3,), {0: 'z'}, array('u', 'q'), 'str', range(5, 6), b'A']
print(first_items(mixed * 40)[:8])

# Index objects and bools.
class Idx:
    def __index__(self):
        return 2

a = array('h', [10, 20, 30, 40])
print([a[Idx()] for _ in range(120)][-1], a[True], a[False])
for _ in range(120):
    a[Idx()] = 7
print(a)
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a.__setitem__(1.0, 3))
show(lambda: a[2**70])

# Subclasses: their own __getitem__/__setitem__ run, never the shortcut.
class Doubling(array):
    def __getitem__(self, i):
        return 2 * array.__getitem__(self, i)

    def __setitem__(self, i, v):
        array.__setitem__(self, i, v + 1)


s = Doubling('i', [1, 2, 3])
acc = 0
for k in range(300):
    s[k % 3] = k
    acc += s[k % 3]
print(acc, s, s.tolist(), type(s).__name__)

class Plain(array):
    pass

p = Plain('d', [0.0] * 5)
for k in range(200):
    p[k % 5] += 0.5
print(p, total(p))

# 'u' arrays.
u = array('u', 'hello')
out = []
for k in range(150):
    out.append(u[k % 5])
    u[k % 5] = u[k % 5]
print(''.join(out[:10]), u)
show(lambda: store_all(array('u', 'ab'), ['x'] * 130 + [5]))
show(lambda: store_all(array('u', 'ab'), ['x'] * 130 + ['xy']))

# Iteration sees the array as it changes.
a = array('i', range(5))
seen = []
for x in a:
    seen.append(x)
    if x == 2:
        a.append(9)
print(seen)
