# range.count and range.index: ints (arithmetic), other values (by equality).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = range(3, 20, 4)
for x in [3, 7, 19, 20, 2, 4, 0, -1, True, 15.0, 7.5, "7", None, 2 ** 70]:
    print(repr(x), r.count(x), x in r)
    show(lambda: r.index(x))
r = range(10, -10, -3)
for x in [10, 7, -8, -9, -10, 11, 1, 4.0, False]:
    print(repr(x), r.count(x))
    show(lambda: r.index(x))
print(range(1).index(False), range(2).index(True), range(0, 5).count(True))
show(lambda: range(0).index(0))
show(lambda: range(5).index(5))
show(lambda: range(5).index(-1))
big = range(2 ** 64, 2 ** 66, 3)
print(big.count(2 ** 64 + 3), big.count(2 ** 64 + 4), big.index(2 ** 64 + 300))
show(lambda: big.index(2 ** 64 + 1))
show(lambda: big.index(5))
r = range(-(2 ** 63), 2 ** 63 - 1, 2 ** 62)
print(list(r), r.index(2 ** 62), r.count(0), r.count(2 ** 63))


class Eq:
    def __eq__(self, other):
        return other == 4


print(range(10).count(Eq()), range(10).index(Eq()))
show(lambda: range(3).index(Eq()))


class MyInt(int):
    pass


print(range(10).count(MyInt(3)), range(10).index(MyInt(3)))
show(lambda: range(3).index(MyInt(7)))
show(lambda: range(3).count())
show(lambda: range(3).count(1, 2))
show(lambda: range(3).index())
show(lambda: range(3).index(1, 0))
print(range(10).count(3.0), range(10).index(3.0), range(10).index(3 + 0j))
