# heapq, bisect and operator (CPython's pure-Python modules, shipped as source)
from __future__ import annotations
import heapq, bisect, operator
h = [5, 1, 4, 2, 3, 9, 0]
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 7), heapq.heappushpop(h, -5), h)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, "hello"))
print(heapq.nsmallest(2, [(1, "z"), (0, "y"), (3, "x")], key=lambda t: t[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect(a, 4, 0, 3))
recs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.not_(0))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("xyz"))
print(operator.attrgetter("real")(5), operator.attrgetter("real", "imag")(7))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)))
print(operator.methodcaller("split", ",")("a,b"), operator.index(7), operator.truth([]))
print(operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("x.y")))
print(repr(operator.methodcaller("f", 1, k=2)))
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.getitem(d, "j"), operator.is_(None, None), operator.lt(1, 2))
class P:
    x: int = 1
    y: list[int]
    z: "P" | None = None
print(P.__annotations__, P.x)
n: dict[str, int] = {}
print(__annotations__)
