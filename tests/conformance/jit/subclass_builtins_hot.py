# Hot loops where subclass instances of list/dict/int/str/tuple are mixed with the exact built-in types
from collections import defaultdict, Counter, namedtuple


class L(list):
    def __len__(self):
        return 2 * super().__len__() + (1 if super().__len__() else 0)


class Plain(list):
    pass


class D(dict):
    def __missing__(self, key):
        return -1


class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)


class S(str):
    def upper(self):
        return 'S:' + str.upper(self)


class Empty(list):
    pass


seqs = [[1, 2], L([3]), Plain([4, 5, 6]), [], Empty(), L()]
total = 0
for i in range(300):
    s = seqs[i % len(seqs)]
    total += len(s)
    if s:
        total += s[0]
    total += 7 in s
print(total)

maps = [{'k': 1}, D(k=2), defaultdict(int, k=3), D()]
acc = 0
for i in range(200):
    m = maps[i % 4]
    acc += m['k'] if 'k' in m or isinstance(m, D) else 0
    acc += len(m)
print(acc)

nums = [1, I(2), 3, I(4)]
r = 0
for i in range(200):
    r = r + nums[i % 4]
print(r, type(r).__name__)
r2 = 0
for i in range(200):
    r2 = nums[i % 4] + r2
print(r2, type(r2).__name__)

words = ['ab', S('cd'), 'ef', S('')]
out = []
for i in range(40):
    w = words[i % 4]
    out.append(w.upper() + str(len(w)) + str(bool(w)))
print(out[:8], len(out))

grow = [Plain(), [], Plain()]
for i in range(150):
    g = grow[i % 3]
    g.append(i)
    g += [i]
print([len(g) for g in grow], type(grow[0]).__name__, grow[0][:4], grow[1][-2:])

Pt = namedtuple('Pt', 'x y')
pts = [(1, 2), Pt(3, 4), (5, 6), Pt(7, 8)]
sx = 0
for i in range(200):
    p = pts[i % 4]
    a, b = p
    sx += a * b + p[0]
print(sx)

c = Counter()
for i in range(300):
    c[i % 7] += 1
    c[S('x') if i % 2 else 'x'] += 1
print(c.most_common(3), c['x'])
