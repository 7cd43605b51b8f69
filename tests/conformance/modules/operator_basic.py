# operator: the operator functions, in-place forms, attrgetter/itemgetter/methodcaller
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(100, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.ge(3, 4), op.gt(4, 3))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat('x', 'y'), op.contains([1, 2, 3], 2), op.countOf([1, 2, 1, 1], 1))
print(op.indexOf('hello', 'l'), op.getitem({'k': 4}, 'k'), op.getitem([1, 2, 3], slice(1, None)))


class Hint:
    def __length_hint__(self):
        return 4


seq = [1, 2, 3, 4]
op.setitem(seq, 0, 9)
op.delitem(seq, 1)
print(seq, op.index(7), op.index(True), op.length_hint([1, 2]), op.length_hint(5, 7), op.length_hint(Hint()))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1, 2], reverse=True))
x = [1]
y = op.iadd(x, [2])
print(x, y, x is y, op.iadd(1, 2), op.isub(5, 2), op.imul([0], 3), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(4, 1), op.ixor(7, 2))
print(op.iconcat([1], (2, 3)), op.__add__(1, 2), op.__getitem__('abc', 1), op.__not__(1), op.__contains__('abc', 'b'))

from functools import reduce

print(reduce(op.mul, range(1, 8)), list(map(op.neg, [1, -2, 3])), sorted([3, 1, 2], key=op.neg))


class P:
    def __init__(self, name, age, inner=None):
        self.name = name
        self.age = age
        self.inner = inner

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct


people = [P('ann', 31), P('bob', 25, P('kid', 3)), P('cy', 31)]
print(op.attrgetter('name')(people[0]), op.attrgetter('name', 'age')(people[1]))
print(op.attrgetter('inner.name', 'inner.age')(people[1]))
print([p.name for p in sorted(people, key=op.attrgetter('age', 'name'))])
rows = [(1, 'b', 3.0), (0, 'c', 1.5), (1, 'a', 2.5)]
print(sorted(rows, key=op.itemgetter(0, 1)), op.itemgetter(2)(rows[0]), op.itemgetter(slice(0, 2))('hello'))
print(list(map(op.itemgetter('k'), [{'k': 1}, {'k': 2}])))
print(op.methodcaller('greet', 'hi')(people[2]), op.methodcaller('greet', 'yo', punct='?')(people[0]))
print(op.methodcaller('split', ',')('a,b,c'), op.methodcaller('upper')('q'))
print(repr(op.attrgetter('a', 'b.c')), repr(op.itemgetter(1)), repr(op.itemgetter('a', 2)))
print(repr(op.methodcaller('f', 1, k='v')), repr(op.methodcaller('g')))


class Idx:
    def __index__(self):
        return 3


print(op.index(Idx()))
for bad in [lambda: op.index(1.5), lambda: op.attrgetter(1), lambda: op.methodcaller(2), lambda: op.itemgetter(),
            lambda: op.indexOf([1], 2), lambda: op.concat(1, 2), lambda: op.attrgetter('zz')(people[0]),
            lambda: op.itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
print(len(op.__all__), op.__all__[:5])
