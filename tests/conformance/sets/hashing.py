# frozenset hashing (CPython's algorithm) and unhashable sets.
print(hash(frozenset()))
print(hash(frozenset({1, 2})))
print(hash(frozenset({1, 2, 3})))
print(hash(frozenset(range(100))))
print(hash(frozenset({-1})), hash(frozenset({-2})))
print(hash(frozenset({2**64, 5})))
print(hash(frozenset({0.5, 1.5})))
print(hash(frozenset({True})))
print(hash(frozenset({frozenset({1})})))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
print(hash(frozenset('ab')) == hash(frozenset('ba')))
f = frozenset({7, 8})
print(hash(f) == hash(f), hash(f) == hash(frozenset({8, 7})))
d = {frozenset({1}): 'one', frozenset({1, 2}): 'two', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1}) in d)
print({1, 2} in {frozenset({1, 2})})
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s))
print(hash((frozenset({1}), 2)) == hash((frozenset([1]), 2)))
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: hash(set()))
attempt(lambda: hash({1, 2}))
attempt(lambda: {set(): 1})
attempt(lambda: {{1}})
attempt(lambda: frozenset([set()]))
attempt(lambda: hash((1, {2})))
attempt(lambda: hash(frozenset([[1]])))
attempt(lambda: {1}.add([1]))
attempt(lambda: {1}.add({2}))
