# set() and frozenset() constructors.
print(set(), frozenset())
print(set([3, 1, 2, 3]), frozenset((5, 5, 6)))
print(set(range(10, 0, -1)))
print(set({4: 'a', 2: 'b', 9: 'c'}))
print(set({1, 2}), set(frozenset({7, 8})))
print(sorted(set("hello")), sorted(frozenset("abcabc")))
f = frozenset([1, 2, 3])
print(frozenset(f) is f)
s = {1, 2}
print(set(s) is s, set(s) == s)
print(frozenset(s) == s, type(frozenset(s)).__name__)
print(type(set()).__name__, type(frozenset()).__name__)
print(isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance({1}, frozenset))
print(set([abs(x) for x in [-1, 1, -2]]))
print(set(enumerate([5, 6])) == {(0, 5), (1, 6)})
print(set(zip([1, 2], [1, 2])) == {(1, 1), (2, 2)})
print(set(range(0)), frozenset(range(0)))
print(set(set(set([9]))))
for bad in [lambda: set(1), lambda: set(1, 2), lambda: frozenset(1, 2),
            lambda: set(x=1), lambda: frozenset(x=[1]), lambda: set([[1]]),
            lambda: frozenset([{1}]), lambda: set([{}])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        return self.n * 10
print(set(It()), frozenset(It()))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(set(Seq()))
