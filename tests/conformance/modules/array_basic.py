# array: construction, repr, item sizes, indexing, slicing, iteration,
# comparisons and the sequence operators.
import array
from array import array as A

print(sorted(array.typecodes) == sorted('bBuhHiIlLqQfd'))
for tc in 'bBhHiIlLqQfd':
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))
print(type(A('i')), A is array.ArrayType)

# Construction from a list, tuple, range, generator, another array, bytes.
print(A('i', [1, 2, 3]), A('l', (4, 5)), A('h', range(3)), A('b', (x * x for x in range(4))))
print(A('d', A('i', [1, 2])), A('q', A('b', [-1, 7])))
print(A('b', b'\x01\xff'), A('B', b'\x01\xff'), A('H', bytearray(b'\x01\x02')))
print(A('d', [1, 2.5, True]), A('i', [True, False]))
print(A('d', [float('inf'), -0.0, 1e300]), A('f', [1e300]))
print(A('f', [0.1]), A('f', [0.1])[0], A('d', [0.1])[0])
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**63]), A('I', [2**32 - 1]))
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))


class Idx:
    def __index__(self):
        return 7


print(A('i', [Idx()]), A('d', [Idx()]))

# Indexing, negative indexing, slicing.
a = A('i', [10, 20, 30, 40, 50])
print(a[0], a[-1], a[2], a[Idx() if False else 1])
print(a[1:3], a[::-1], a[::2], a[10:], a[:-2])
print(type(a[1:3]), a[1:3].typecode)

# Item and slice assignment, deletion.
a[0] = 11
a[-1] = 55
print(a)
a[1:3] = A('i', [7, 8, 9])
print(a)
a[::2] = A('i', [0, 0, 0])
print(a)
a[:] = a
print(a)
a[5:] = A('i', [1, 2])
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[-1]
print(a)
del a[:]
print(a, len(a))

# Iteration, in, count, index.
b = A('h', [3, 1, 4, 1, 5, 9, 2, 6])
print(list(b), [x * 2 for x in b], 1 in b, 7 in b, 4.0 in b)
print(b.count(1), b.count(8), b.index(1), b.index(1, 2), b.index(6, 0, 8))
print(sum(b), max(b), sorted(b), list(reversed(b)))

# Comparisons.
x, y = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == A('d', [1.0, 2.0, 3.0]), x == [1, 2, 3], x != [1, 2, 3])
print(A('i') < A('i', [0]), A('i', [1, 2]) < A('i', [1]), A('b', [5]) == A('b', [5]))

# +, *, +=, *=.
print(x + y, x * 2, 2 * x, x * 0, x * -1, x + A('i'))
z = x
z += A('i', [9])
print(z, x, z is x)
z *= 2
print(z, x)
z *= 0
print(z, len(x))
