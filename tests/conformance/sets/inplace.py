# In-place operators mutate sets, rebind frozensets.
s = {1, 2, 3}
alias = s
s |= {4, 20}
print(s, alias is s)
s &= {1, 2, 20, 99}
print(s, alias is s)
s -= {2}
print(s, alias is s)
s ^= {1, 7, 8}
print(s, alias is s, alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
f &= {1, 3}
print(f, g)
f -= {1}
print(f, type(f).__name__)
f ^= frozenset({9})
print(f, type(f).__name__)
t = {5}
t |= t
print(t)
t ^= t
print(t)
t = {5, 6}
t -= t
print(t)
t = {5, 6}
t &= t
print(t)
u = set()
for i in range(30):
    u |= {i * 11}
print(u)
for i in range(0, 30, 2):
    u -= {i * 11}
print(u)
v = set(range(64))
v &= set(range(0, 64, 5))
print(v)
def attempt(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def ior():
    x = {1}
    x |= [2]
def iand():
    x = {1}
    x &= (1,)
def isub():
    x = frozenset()
    x -= [1]
def ixor():
    x = {1}
    x ^= 3
for f in [ior, iand, isub, ixor]:
    attempt(f)
