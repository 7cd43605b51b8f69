# collections.deque and collections.abc (isinstance of built-ins, mixins, abstract classes)
from collections import deque
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Hashable
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(reversed(d)), 7 in d, 42 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(7), d.index(7))
d.remove(7)
d.reverse()
print(d, d == deque(list(d)), d != deque(), bool(deque()))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(5)
print(m)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
total = 0
while q:
    total += q.popleft() if len(q) % 2 else q.pop()
print(total)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
e = deque("abc")
e[1] = "B"
del e[0]
print(e, e + deque("z"), e * 2, e.copy())
e.insert(1, "q")
e.clear()
print(e)
for obj in [[], (), "", {}, set(), range(3), iter([]), (x for x in ()), 5, 2.5, None, deque()]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Sequence),
          isinstance(obj, Mapping), isinstance(obj, Sized), isinstance(obj, Hashable))
print(issubclass(list, cabc.MutableSequence), issubclass(dict, MutableMapping), issubclass(tuple, cabc.MutableSequence))
print(isinstance({}.keys(), cabc.Set), isinstance(len, cabc.Callable), isinstance(5, cabc.Callable))
class Reg(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Reg()
r["a"] = 1
r.update({"b": 2}, c=3)
print(r.get("a"), r.get("z", 0), "b" in r, sorted(r.keys()), sorted(r.items()), r.pop("a"), r.setdefault("d", 4), len(r))
print(isinstance(r, Mapping), isinstance(r, dict), r == {"b": 2, "c": 3, "d": 4})
class Half(Sequence):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Seq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
    def __len__(self):
        return self.n
s = Seq(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Sized))
hits = 0
for i in range(300):
    if isinstance(i, Hashable) and not isinstance([i], Hashable) and isinstance(i, int):
        hits += 1
print(hits)
