# array: the methods (append, extend, insert, pop, remove, reverse,
# tolist, fromlist, tobytes, frombytes, byteswap) and 'u' arrays.
from array import array

a = array('i')
for i in range(5):
    a.append(i * i)
print(a)
a.extend([100, 200])
a.extend(array('i', [-1]))
a.extend(x for x in (7, 8))
a.extend(a)
print(a)
a.insert(0, 42)
a.insert(-1, 43)
a.insert(100, 44)
a.insert(-100, 45)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
a.remove(100)
a.remove(-1)
print(a)
a.reverse()
print(a)
l = a.tolist()
print(type(l), l)
l.append(5)
print(len(l), len(a))
a.fromlist([1, 2, 3])
print(a)
print(array('d', [1.5]).tolist(), array('f').tolist())

# Machine representation (x86-64 Linux sizes, little-endian).
print(array('h', [1, -2, 256]).tobytes())
print(array('i', [1, -1]).tobytes(), array('Q', [2**64 - 1]).tobytes())
print(array('d', [1.0]).tobytes(), array('f', [1.0, -2.0]).tobytes())
print(array('b', [-1, 2]).tobytes(), array('l', [3]).tobytes())
c = array('h')
c.frombytes(b'\x01\x00\xff\xff')
c.frombytes(bytearray(b'\x00\x01'))
print(c)
c.frombytes(array('b', [9, 0]))
try:
    c.frombytes(array('h', [9]))
except TypeError as e:
    print(e)
print(c)
r = array('d', [3.25, -1e-300])
print(array('d', r.tobytes()) == r, array('d', r.tobytes()))
for tc in 'bBhHiIlLqQfd':
    v = array(tc, [1, 2, 120])
    w = array(tc, v)
    w.byteswap()
    print(tc, w.tobytes() == b''.join(v.tobytes()[k:k + v.itemsize][::-1] for k in range(0, len(v.tobytes()), v.itemsize)))
    w.byteswap()
    print(w == v)
s = array('i', [1, 256])
s.byteswap()
print(s)
f = array('f', [1.0])
f.byteswap()
print(f.tobytes())

# 'u' arrays.
u = array('u', 'hello')
print(u, u.itemsize, len(u), u[1], u[1:3], u.tounicode())
u.append('!')
u.fromunicode('ab')
u.extend(['x'])
print(u, array('u'), u.tobytes()[:8])
print(array('u', ['a', 'b']), array('u', array('u', 'zz')))

# Copies.
import copy
d = array('i', [1, 2])
e = copy.copy(d)
e.append(3)
print(d, e, copy.deepcopy(d))


class Sub(array):
    pass


s = Sub('i', [1, 2])
print(s, type(s).__name__, isinstance(s, array), type(s[:1]).__name__, type(s + s).__name__)
