# heapq: push/pop/heapify/replace/pushpop keep CPython's list layout; merge, nsmallest, nlargest
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(out[-1], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 6), data)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum']
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(3)], words)
pairs = [(3, 'c'), (1, 'a'), (3, 'a'), (2, 'z'), (1, 'b')]
heapq.heapify(pairs)
print(pairs)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge()))
tagged_a = [(1, 'a0'), (2, 'a1'), (2, 'a2')]
tagged_b = [(1, 'b0'), (2, 'b1')]
print(list(heapq.merge(tagged_a, tagged_b, key=lambda t: t[0])))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)))
nums = [15, 3, 9, 3, 27, 1, 8, 8, 20]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums))
print(heapq.nsmallest(0, nums), heapq.nlargest(-2, nums), heapq.nsmallest(20, nums))
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 2), ('v', 1)]
print(heapq.nsmallest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(2, recs, key=lambda r: r[1]))
print(heapq.nsmallest(1, iter(nums)), heapq.nlargest(1, iter(nums)))
mx = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 0), mx)


class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return 'Task(%d, %s)' % (self.pri, self.name)


q = []
for i, p in enumerate([4, 2, 6, 2, 1, 5]):
    heapq.heappush(q, Task(p, 't%d' % i))
print(q)
print([heapq.heappop(q) for _ in range(len(q))])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify({}), lambda: heapq.heappush([1], 'a')]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(heapq.__all__))
