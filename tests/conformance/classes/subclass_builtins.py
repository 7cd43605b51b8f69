# Subclasses of list, dict, int, str, tuple, float, set: overrides, super(), __new__, __missing__, repr
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1, 2])
l.append(3)
print(l, len(l), isinstance(l, list), type(l).__name__, l[0], l[-1], 2 in l, list(l), sorted(l), bool(L()), bool(l))
l.extend([7]); print(l, l + [1], [0] + l, l * 2, l == [1, 2, 6, 7], l != [1])
l += [9]; print(l, type(l).__name__)
for x in l: print(x, end=' ')
print()
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d['b'] = 3
print(d, d['a'], d['zz'], len(d), 'a' in d, list(d.items()), d.get('q'), isinstance(d, dict))
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, i == 21, hash(i) == hash(21), repr(i), I('7', 8), isinstance(i, int))
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, s.shout(), len(s), s + 'x', s == 'hi', {s: 1}['hi'], s.startswith('h'), repr(s), s[0])
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
t = T(1, 2)
print(t, t.first, len(t), t == (1, 2), hash(t) == hash((1, 2)), t + (3,))
a, b = t
print(a, b)
class F(float): pass
print(F(1.5) + 1, F('2.5'))
class St(set): pass
st = St([1, 2, 2])
st.add(3)
print(st, len(st), 2 in st, st | {9})
class R(list):
    def __repr__(self): return 'R' + super().__repr__()
print(R([1]), str(R([2])), [R([3])])
