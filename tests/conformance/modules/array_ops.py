# array: the native buffer's operations (slices, slice assignment and
# deletion, concatenation and repetition in place, conversions to and
# from bytes, search and mutation methods) and their errors.
from array import array
import array as array_module


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(array_module.typecodes, array_module.ArrayType is array)
a = array('i', range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[5:2], a[100:], a[:-100])
print(type(a[1:3]).__name__, a[1:3].typecode, len(a[::4]))
b = a[:]
b[2:5] = array('i', [7])
print(b, a == b, a != b, len(b))
b[:0] = array('i', [-1, -2])
print(b)
b[len(b):] = array('i', [99])
print(b)
b[::2] = array('i', range(len(b[::2])))
print(b)
show(lambda: b.__setitem__(slice(None, None, 2), array('i', [1])))
show(lambda: b.__setitem__(slice(0, 2), [1, 2]))
show(lambda: b.__setitem__(slice(0, 2), array('l', [1, 2])))
show(lambda: b.__setitem__(slice(0, 2), (1, 2)))
c = array('d', [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
del c[1]
print(c)
del c[::2]
print(c)
del c[-1]
print(c)
del c[5:]
print(c)
show(lambda: c.__delitem__(7))
show(lambda: c.__delitem__('x'))
c = array('d', range(8))
del c[1:7:3]
print(c)
c[::-1] = c
print(c)
c[1:3] = c
print(c)

# +, *, +=, *=
x = array('h', [1, 2])
y = array('h', [3])
print(x + y, x * 3, 2 * y, x * 0, x * -1, (x + y).typecode)
x += y
print(x)
x *= 2
print(x)
x *= 0
print(x, len(x))
show(lambda: array('h') + array('i'))
show(lambda: array('h') + [1])
show(lambda: array('h') * 1.5)
def iadd_list():
    z = array('h')
    z += [1]
show(iadd_list)
def iadd_other():
    z = array('h')
    z += array('b')
show(iadd_other)

# comparisons
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1, 2]),
      array('i', [2]) > array('i', [1, 9]), array('i', [1]) >= array('i', [1, 0]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) == [1], array('b') == array('B'))
print(array('f', [0.1]) == array('d', [0.1]), array('f', [0.5]) == array('d', [0.5]))
print(array('i').__hash__)

# search and mutation
a = array('b', [3, 1, 4, 1, 5, 9, 2, 6])
print(1 in a, 7 in a, 1.0 in a, 'x' in a, a.count(1), a.index(1), a.index(1, 2), a.index(9, -3))
show(lambda: a.index(7))
show(lambda: a.index(1, 4, 5))
a.remove(1)
print(a)
show(lambda: a.remove(8))
print(a.pop(), a.pop(0), a.pop(-2), a)
show(lambda: a.pop(10))
show(lambda: array('i').pop())
show(lambda: a.pop('x'))
a.insert(0, 10)
a.insert(-1, 11)
a.insert(100, 12)
a.insert(-100, 13)
print(a)
show(lambda: a.insert(0, 200))
show(lambda: a.insert(0.0, 1))
a.reverse()
print(a)
a.append(-128)
show(lambda: a.append(-129))
show(lambda: a.append('1'))
print(a.tolist(), type(a.tolist()).__name__)
a.extend([1, 2])
a.extend(array('b', [3]))
a.extend(range(4, 6))
a.extend(v for v in (6, 7))
print(a)
show(lambda: a.extend(array('h', [1])))
show(lambda: a.extend([1, 500]))
print(len(a))
show(lambda: a.extend(5))
a.fromlist([8, 9])
show(lambda: a.fromlist((1,)))
show(lambda: a.fromlist([1, 'x']))
print(a, len(a))

# bytes
h = array('H', [1, 258, 65535])
bs = h.tobytes()
print(bs, len(bs), type(bs).__name__)
h2 = array('H')
h2.frombytes(bs)
h2.frombytes(bytearray(b'\x01\x00'))
print(h2, h2 == h + array('H', [1]))
show(lambda: h2.frombytes(b'\x01'))
show(lambda: h2.frombytes('ab'))
show(lambda: h2.frombytes(array('H', [1])))
h2.byteswap()
print(h2)
q = array('q', [-2, 2**62])
q.byteswap()
print(q)
q.byteswap()
print(q)
f = array('f', [1.5, -2.25])
g = array('f')
g.frombytes(f.tobytes())
print(g, array('d', f.tobytes() * 0), array('b', b'\xff\x7f\x80'), array('B', b'\xff\x7f\x80'))
print(array('d', array('f', [0.1])), array('i', array('b', [-1, 2])))
show(lambda: array('i', array('u', 'ab')))
show(lambda: array('u', array('i', [1])))
print(array('u', 'xyz').tounicode(), array('u', 'x') + array('u', 'y'))
z = array('u')
z.fromunicode('hi')
print(z, z.tobytes()[:4])

# buffer_info: (some address, length)
info = array('d', [1.0, 2.0, 3.0]).buffer_info()
print(type(info).__name__, len(info), info[1])

# construction errors
show(lambda: array('x'))
show(lambda: array('dd'))
show(lambda: array(1))
show(lambda: array())
show(lambda: array('d', [1.0], 3))
show(lambda: array('d', x=1))
show(lambda: array('d', 'abc'))
show(lambda: array('d', ['a']))
show(lambda: array('i', [1, 2**40]))
show(lambda: array('d', 5))
show(lambda: array('d', b'1234567'))
print(array('d', (1, 2)), array('i', range(3)), array('i', iter([4, 5])), array('b', b'\x01\x02'))
print(repr(array('d')), str(array('u')), repr(array('u', 'a\'b')), array('f', [float('inf'), float('nan')]))
