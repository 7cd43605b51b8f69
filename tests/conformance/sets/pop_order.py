# pop() removes entries in table order, continuing from where it stopped.
s = {1, 2, 3}
print(s.pop())
s.add(0)
print(s.pop(), s.pop(), s.pop())
s = {5, 37, 69, 1, 2}
print(s.pop(), s.pop(), s)
s = set(range(20, 0, -3))
out = []
while s:
    out.append(s.pop())
print(out)
s = {100, 200, 300, 400, 500}
print(s.pop(), s)
s.add(101)
s.add(1)
print(s.pop(), s.pop(), s)
s.clear()
s.update([7, 15, 23])
print(s.pop(), s)
t = {x * 9 for x in range(15)}
print([t.pop() for _ in range(5)], t)
u = {-1, -7, 3}
print(u.pop(), u.pop(), u.pop())
try:
    u.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e, e.args)
v = {8, 16, 24, 32}
print(v.pop(), v)
v.add(40)
print(v.pop(), v.pop(), v)
try:
    v.pop(1)
except TypeError as e:
    print(type(e).__name__, e)
