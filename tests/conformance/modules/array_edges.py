# array: slice-assignment corners, iterators seeing appends, sequence
# built-ins and conversions through __index__ and __float__.
from array import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array('i', [1, 2, 3, 4, 5])
a[1:4:2] = array('i', [8, 9])
print(a)
a[::-1] = array('i', [1, 2, 3, 4, 5])
print(a)
a[4:1] = array('i', [7])
print(a)
a[-100:1] = array('i')
print(a)
print(a[-2:], a[True], a.pop(-3), a)
show(lambda: array('i', [1, 2, 3]).index(3, -1))
show(lambda: array('i').fromunicode(5))
show(lambda: array('u').fromunicode(5))
b = array('B', [1])
b.frombytes(array('b', [3]))
print(b)
print(array('u', 'ab') == array('u', 'ab'), array('u', 'ab') < array('u', 'b'))
print(array('d', [1.5]) * 3, 3 * array('b', [1]))
print(array('Q', [2**64 - 1]).tobytes(), array('Q', b'\xff' * 8))
c = array('L', [1, 2**63])
c.byteswap()
print(c)
print(str(array('i', [1])), f"{array('i')}", bool(array('i')), bool(array('i', [0])))
x = array('i', [1, 2, 3])
it = iter(x)
next(it)
x.append(4)
print(list(it))
print(list(enumerate(array('h', [5, 6]))), list(zip(array('b', [1, 2]), 'ab')), tuple(array('f', [0.5])))


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 300


print(array('d', [F()]), array('f', [F()]), array('H', [I()]))
show(lambda: array('b', [I()]))
show(lambda: array('i', [F()]))
