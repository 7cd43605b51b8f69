# repr() and str() of sets and frozensets.
print(repr(set()), repr(frozenset()))
print(repr({1}), str({1, 2}))
print(repr(frozenset({1, 2})), str(frozenset([3])))
print([{1}, frozenset({2})])
print({'k': {5, 6}})
print((frozenset(), set()))
print(frozenset({frozenset({1})}))
print({frozenset(): 1})
print({False, True})
print({(1, 2)})
print(sorted({'b', 'a', 'c'}))
print(sorted(frozenset({'x', 'y'})))
print(sorted({('b', 1), ('a', 2)}))
class R:
    def __hash__(self):
        return 7
    def __repr__(self):
        return "R" + repr(Q)
Q = {R()}
print(Q)
class F:
    def __hash__(self):
        return 3
    def __repr__(self):
        return "F" + repr(G)
G = set()
G.add(F())
G.add(1)
print(G)
print(len(repr(set(range(50)))))
print(repr({-1, -2}))
print(str({1.5, 0.25}))
class P:
    def __repr__(self):
        return "<P>"
print({P()})
