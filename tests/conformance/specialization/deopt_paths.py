# Specialized instructions meet new types, mutated classes, rebound globals
# and shadowed builtins: results must stay exactly CPython's.
def add(a, b):
    return a + b

r = []
for i in range(30):
    r.append(add(i, 1))
r.append(add(2**62, 2**62))          # int overflow -> big int path
r.append(add(1.5, 2.25))             # int site now sees floats
r.append(add("ab", "cd"))            # ... and strings
r.append(add([1], [2]))
print(r[-5:], sum(r[:30]))

def less(a, b):
    return a < b
print([less(i, 10) for i in range(20)][-3:], less(1.5, 2), less("a", "b"), less(2, 1.5))

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def total(items):
    s = 0
    for p in items:
        s += p.get() + p.x
    return s

ps = [P(i) for i in range(20)]
print(total(ps))
P.get = lambda self: -self.x           # class mutated after specialization
print(total(ps))
class Q(P):
    pass
print(total([Q(3), P(4), Q(5)]))       # polymorphic receivers
ps[0].x = 100                            # attribute rebound (same shape)
ps[1].y = 7                              # new attribute (new shape)
print(total(ps[:3]))

counter = 0
def bump():
    global counter
    for i in range(25):
        counter = counter + 1
    return counter
print(bump(), bump())
counter = "reset"                        # global rebound to another type
try:
    bump()
except TypeError as e:
    print("TypeError", e)

def lengths(xs):
    return [len(x) for x in xs]
print(lengths(["a", "bb", "ccc"] * 5)[-3:])
len = lambda x: -1                       # builtin shadowed by a global
print(lengths(["a", "bb"]))
del len
print(lengths(["abcd"]))

def iterate(seq):
    n = 0
    for v in seq:
        n += v
    return n
print(iterate(range(50)), iterate(list(range(50))), iterate((1, 2, 3)), iterate(x for x in [4, 5]))
