# bisect: bisect_left/right and insort_left/right with lo, hi and key; errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 20]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 1, 5))
print(bisect.bisect_right(a, 100, hi=4), bisect.bisect_left(a, -1, lo=3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = []
for x in [3.0, 3, 1, 3.0, 2]:
    bisect.insort_left(c, x)
print(c)
d = []
for x in [3.0, 3, 1, 3.0, 2]:
    bisect.insort_right(d, x)
print(d)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1])
bisect.insort(recs, ('g', 0), key=lambda r: r[1])
print(recs)
words = ['apple', 'fig', 'kiwi', 'pear']
print(bisect.bisect(words, 'grape'), bisect.bisect_left(words, 'fig'), bisect.bisect_right(words, 'fig'))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 1, 2), 1))


def grade(score, cuts=[60, 70, 80, 90], letters='FDCBA'):
    return letters[bisect.bisect(cuts, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])


class Log:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)


lg = Log()
for x in [4, 2, 9, 2]:
    bisect.insort(lg, x)
print(lg.items)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 1, lo=-3)
except ValueError as e:
    print('ValueError', e)
print(a)
