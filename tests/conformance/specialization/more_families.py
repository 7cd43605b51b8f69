# The str, class/module attribute, isinstance, tuple-iteration and
# membership specializations: each site warms up on its intended operands,
# then meets others (the form deoptimizes) and must keep CPython's results,
# errors included. Some loops run long enough to be traced by the JIT, and
# change their operands' types after that.
import sys
import math


# ----- str + str, str[int], str comparisons -----
def concat(a, b):
    return a + b

out = []
for i in range(20):
    out.append(concat("ab", str(i)))
out.append(concat("", ""))
out.append(concat("é", "😀"))
out.append(concat([1], [2]))             # str site sees lists
out.append(concat(1, 2))                 # ... ints
out.append(concat((1,), (2,)))
out.append(concat("back", "again"))
print(out[-8:], len("".join(out[:20])))
try:
    concat("a", 1)
except TypeError as e:
    print("TypeError", e)

def grow(n):
    s = ""
    for i in range(n):
        s += "xy"[i % 2]
    return s
print(len(grow(1500)), grow(7))

def char(s, i):
    return s[i]

print([char("abcdef", i) for i in range(-6, 6)])
print([char("aé€😀", i) for i in range(-4, 4)])
for bad in (6, -7):
    try:
        char("abcdef", bad)
    except IndexError as e:
        print("IndexError", e)
print(char("abc", True), char([1, 2, 3], 1), char({"k": 5}, "k"), char((7, 8), -1), char("xyz", 2))

def compare_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

pairs = [("a", "b"), ("b", "a"), ("ab", "ab"), ("", "a"), ("é", "z"), ("abc", "abd"), ("Z", "a")]
for p in pairs * 3:
    r = compare_all(*p)
print([compare_all(*p) for p in pairs])
print(compare_all(1, 2), compare_all(2.5, 2.5), compare_all((1, "a"), (1, "b")))
try:
    compare_all("a", 1)
except TypeError as e:
    print("TypeError", e)
print(compare_all("x" * 3, "xxx"))


# ----- attributes of classes -----
class Base:
    K = 1
    NAME = "base"
    BIG = 2 ** 80
    def method(self):
        return "method"
    @staticmethod
    def static():
        return "static"
    @classmethod
    def klass(cls):
        return cls.__name__
    @property
    def prop(self):
        return "prop"

class Child(Base):
    pass

def read_k(c):
    return c.K

print(sum(read_k(Child) for _ in range(20)), read_k(Base))
Base.K = 10                               # base changed: the subclass's version changes too
print(read_k(Child), read_k(Base))
Child.K = 100                             # now shadowed in the subclass
print(read_k(Child), read_k(Base))
del Child.K
print(read_k(Child))
print(read_k(Base()), read_k(Child()))    # instances at the class site
del Base.K
try:
    read_k(Child)
except AttributeError as e:
    print("AttributeError", e)
Base.K = staticmethod(lambda: "now static")
print(read_k(Child)())

def name_of(v):
    return getattr(v, "__name__", v)

def read_attrs(c):
    return (c.NAME, c.BIG, name_of(c.method), name_of(c.static), c.klass(), type(c.prop).__name__)

for _ in range(20):
    r = read_attrs(Child)
print(r, read_attrs(Base))
Base.method = lambda self: "replaced"
Base.static = 5
print(read_attrs(Child)[2:4])

class Descr:
    pass

class Holder:
    d = Descr()

def read_d(c):
    return c.d

for _ in range(20):
    r = read_d(Holder)
print(type(r).__name__)
Descr.__get__ = lambda self, obj, owner: ("got", obj, owner.__name__)
print(read_d(Holder))                     # the descriptor's class changed, not Holder

def type_attrs(t):
    return t.__name__, t.join if t is str else None

print([type_attrs(str) for _ in range(20)][-1][0], type_attrs(int))


# ----- attributes of modules -----
main = sys.modules[__name__]
G = 1

def read_g(m):
    return m.G

print(sum(read_g(main) for _ in range(20)))
G = "rebound"                             # same key, new value
print(read_g(main))
NEW_NAME = 1                              # the module's key set changes
print(read_g(main))
del G
try:
    read_g(main)
except AttributeError as e:
    print("AttributeError", e)
G = 3
print(read_g(main), read_g(Child if False else type("T", (), {"G": "class"})))

def read_pi(m):
    return m.pi

print([read_pi(math) for _ in range(20)][-1], read_pi(type("P", (), {"pi": 3})()))
math.pi = 3
print(read_pi(math))
try:
    read_pi(sys)
except AttributeError as e:
    print("AttributeError", e)


# ----- isinstance(x, cls) -----
class Animal:
    pass

class Dog(Animal):
    pass

def check(x, cls):
    return isinstance(x, cls)

print([check(v, Animal) for v in [Dog(), Animal(), 3, "s", None] * 4][:5])
print(check(True, int), check(1, bool), check(3.0, float), check(ValueError("x"), Exception), check(Dog, type))
print(check(Dog(), (int, Animal)), check(1, (str, float)))    # tuples of classes
try:
    check(1, 3)
except TypeError as e:
    print("TypeError", e)
isinstance = lambda x, c: "shadowed"      # the callee is no longer the builtin
print(check(1, int))
del isinstance
print(check(1, int))

def count_kinds(values):
    n = 0
    for v in values:
        if isinstance(v, int):
            n += 1
        elif isinstance(v, str):
            n += 10
    return n

print(count_kinds(list(range(1200)) + ["a"] * 5), count_kinds([1.5, (1,), None]))


# ----- for over tuples -----
def total(seq):
    t = 0
    for v in seq:
        t += v
    return t

print(total(tuple(range(30))), total(()), total((5,)))
print(total([1, 2, 3]), total(range(4)), total(x for x in (7, 8)), total({1: 0, 2: 0}))
it = iter((1, 2, 3, 4))
next(it)
print(total(it), total(it))               # a partly used, then an exhausted iterator

def first_over(seq, limit):
    for v in seq:
        if v > limit:
            return v
    return None

print(first_over(tuple(range(50)), 10), first_over((1, 2), 5), first_over("abc", "a"))

def pairs_sum(ts):
    s = 0
    for a, b in ts:
        for x in (a, b, a):
            s += x
    return s

print(pairs_sum(tuple((i, -i) for i in range(1500))), pairs_sum([(1, 2), [3, 4]]))


# ----- for over generators (the generator's frame is pushed) -----
def gen(n):
    for i in range(n):
        yield i

def one():
    yield 1

def drain_then_loop(n):
    t = 0
    for k in range(n):
        g = gen(k % 3)
        t += len(list(g))
        for v in g:                       # always exhausted: the form exits the loop at once
            t += 1000
        g2 = one()
        if k % 5 == 0:
            next(g2)
        for v in g2:                      # fresh (a frame is pushed) or exhausted
            t += v + 1
        t += 1
    return t

print(drain_then_loop(1500), drain_then_loop(7))

def nested_gens(n):
    t = 0
    for a in gen(n):
        for b in gen(a % 4):
            t += a * b
    return t
print(nested_gens(1200))

def reentrant():
    for x in me:                          # a running generator: ValueError
        yield x
me = reentrant()
for _ in range(10):
    try:
        for x in me:
            pass
    except ValueError as e:
        print("ValueError", e)
        break
print(total([gen(3), gen(4)][0]), total(gen(0)), total((v for v in [1, 2])), total([4]))


# ----- x in set / str / list -----
def member(x, c):
    return x in c

def not_member(x, c):
    return x not in c

s = {1, 2, "a", 2.5, None, True}
print([member(v, s) for v in [1, 3, "a", "b", 2.5, 1.0, None, False, True] * 3][:9])
print(member(0, s), member(2, frozenset([2])), member((1,), {(1,)}), member(1, {1: 2}))
try:
    member([1], s)                        # unhashable: the generic path raises
except TypeError as e:
    print("TypeError", e)

text = "hello world"
print([member(v, text) for v in ["lo w", "", "x", "hello world!", "d"] * 4][:5])
print([not_member(v, "é😀") for v in ["😀", "é", "e"] * 7][:3])
try:
    member(1, text)
except TypeError as e:
    print("TypeError", e)
print(member("a", ["a", "b"]), member("b", ("a", "b")), member(3, range(5)))

lst = [1, "two", 3.0, None, False]
print([member(v, lst) for v in [1, "two", 3, 0, None, True, "x", 1.0] * 3][:8])
print([not_member(v, lst) for v in [1, 9] * 10][:2])

class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, other)
        return other == self.n

print(member(7, [1, Loud(7), 3]), member(8, [Loud(7)]), member(1, [1, Loud(7)]))
print(member(Loud(5), [5]))               # the needle runs code: generic path
loud = Loud(3)
print(member(loud, [loud]), member(2, [Loud(1), Loud(2)]))

class Mutator:
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        self.victim.clear()
        return False

victim = [0]
victim[:] = [Mutator(victim), 5, 6]
print(member(6, victim), victim)          # the list empties while it is scanned

def hot_membership(n):
    seen = set()
    pool = seen
    hits = 0
    words = ["ab", "cd", "ab", "ef"]
    for i in range(n):
        if i % 7 in pool:
            hits += 1
        seen.add(i % 5)
        if "b" in words[i % 4]:
            hits += 2
        if words[i % 4] in words:
            hits += 3
        if i == n - 10:
            pool = [0, 1, 2]              # the set site sees a list
            words = ("ab", "cd", "ab", "ef")
    return hits

print(hot_membership(2000))


# ----- a traced loop whose operand types change midway -----
def mixed(n):
    acc = []
    prefix = "p"
    container = {1, 2}
    cls = int
    seq = (1, 2)
    for i in range(n):
        word = prefix + str(i % 3)
        acc.append(word[-1] == "1")
        acc.append(i in container)
        acc.append(isinstance(i, cls))
        for v in seq:
            acc.append(v)
        if i == n // 2:
            prefix = ["p"]
            container = [1, 2]
            cls = (int, str)
            seq = [3]
    return acc.count(True), acc.count(1), len(acc)

try:
    mixed(1600)
except TypeError as e:
    print("TypeError", e)

def mixed2(n):
    acc = 0
    container = {1, 2}
    cls = int
    seq = (1, 2)
    for i in range(n):
        acc += (i in container) + isinstance(i, cls) + Child.BIG % 7 + len(math.__name__)
        for v in seq:
            acc += v
        if i == n // 2:
            container = [2, 3]
            cls = (str, int)
            seq = range(3)
    return acc

try:
    print(mixed2(1600))
except TypeError as e:
    print("TypeError", e)
print(mixed2(10))
