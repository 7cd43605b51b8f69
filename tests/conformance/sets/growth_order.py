# Growth through several resizes, removal and re-insertion.
s = set()
for i in range(0, 300, 7):
    s.add(i * 31)
print(len(s))
print(s)
t = set()
for i in range(40):
    t.add(i * 8)
print(t)
for i in range(0, 40, 3):
    t.discard(i * 8)
print(t)
for i in range(0, 40, 6):
    t.add(i * 8)
print(t)
u = {0, 8, 16}
u.discard(0)
u.discard(8)
u.add(24)
u.add(32)
print(u)
v = set(range(20)) - {5}
print(v)
w = set(range(100, 0, -9))
print(w)
w.remove(100)
w.add(228)
print(w)
big = set()
for i in range(1000):
    big.add((i * 7919) % 2003)
print(len(big), sum(big))
print(sorted(big)[:5], sorted(big)[-3:])
r = set()
for i in range(12):
    r.add(-i * 5)
print(r)
for k in list(r):
    if k % 2:
        r.remove(k)
print(r)
