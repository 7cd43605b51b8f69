# array: the exceptions and their messages.
from array import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# Bad typecodes.
for bad in ('x', 'ii', 5, '', None):
    show(lambda: array(bad))
show(lambda: array())
show(lambda: array('i', [], []))
show(lambda: array('i', x=1))

# Out of range values, for every integer typecode.
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15 - 1, -2**31 - 1, -2**63 - 1):
        try:
            array(tc, [v])
        except OverflowError as e:
            print(tc, v, e)

# Wrong element types.
for tc in 'bifdu':
    for v in ('x', 'ab', 1.5, None, b'a', 1):
        try:
            print(tc, repr(v), array(tc, [v]))
        except TypeError as e:
            print(tc, repr(v), type(e).__name__, e)
show(lambda: array('i', 'abc'))
show(lambda: array('i', 5))
show(lambda: array('i', array('u', 'a')))
show(lambda: array('i', array('d', [1.0])))
show(lambda: array('u', array('i', [1])))

a = array('i', [1, 2])
show(lambda: a + array('d'))
show(lambda: a + [1])
show(lambda: a[5])
show(lambda: a[-3])
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a.index(9))
show(lambda: a.remove(9))
show(lambda: array('i').pop())
show(lambda: a.pop(7))
show(lambda: a.pop('x'))
show(lambda: a.insert('x', 1))
show(lambda: a.frombytes(b'abc'))
show(lambda: a.frombytes('abc'))
show(lambda: a.__setitem__(slice(0, 1), [1]))
show(lambda: a.__setitem__(slice(0, 1), array('d', [1])))
show(lambda: a.__setitem__(slice(0, 4, 2), array('i', [1, 2, 3])))
show(lambda: a.__setitem__(9, 1))
show(lambda: a.__setitem__(0, 'x'))
show(lambda: a.__setitem__(0, 2**40))
show(lambda: a.__delitem__(9))
show(lambda: a.extend(array('b')))
show(lambda: a.extend(5))
show(lambda: a.fromlist((1,)))
show(lambda: a.append(1.5))
show(lambda: a * 'x')
show(lambda: a * 1.5)

show(lambda: a.tounicode())
show(lambda: a.fromunicode('x'))
print(a)

# fromlist is all or nothing; extend keeps what it added before the error.
show(lambda: a.fromlist([5, 'x']))
print(a)
show(lambda: a.extend([5, 'x']))
print(a)


def iadd():
    b = array('i')
    b += [1]


def iadd2():
    b = array('i')
    b += array('d')


def imul():
    b = array('i')
    b *= 1.5


show(iadd)
show(iadd2)
show(imul)
