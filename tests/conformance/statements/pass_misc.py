# Miscellaneous statements: pass, semicolons, augmented assignment on items/attrs, chained assignment.
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
if True: pass
x = 1; y = 2; z = x + y; print(x, y, z)
# chained assignment binds the same object to every target
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = lst = 0, [0, 0]
print(i, lst)
lst = [0, 0, 0]
k = lst[k] = 1
print(k, lst)
# augmented assignment on items, attributes and slices
d = {"n": 1}
d["n"] += 10
d["n"] *= 2
print(d)
class P:
    pass
p = P()
p.v = "a"
p.v += "b"
p.v *= 3
print(p.v)
nums = [1, 2, 3]
nums[1] **= 5
nums[-1] //= 2
nums += [9]
print(nums)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
s = "x"
s += "y"
print(s)
# augmented assignment errors
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    p.nope += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tt = (1, [2])
    tt[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, tt)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
# operator precedence with augmented assignment
v = 2
v -= 1 + 1
v |= 8
v <<= 2
v %= 7
v ^= 3
v >>= 1
print(v)
