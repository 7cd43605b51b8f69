# collections: namedtuple, defaultdict, OrderedDict, Counter (subclasses of tuple and dict)
from collections import namedtuple, defaultdict, OrderedDict, Counter
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, isinstance(p, tuple), len(p), p == (1, 2))
a, b = p
print(a, b, hash(p) == hash((1, 2)), sorted([P(2, 1), P(1, 2)]), P.__doc__, P.x.__doc__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9])
print(Q(1), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', 'def x _y x', rename=True)
print(R._fields)
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dict(dd), len(dd), 'c' in dd, dd['c'], dd)
cnt = defaultdict(int)
for w in 'the cat the hat the'.split():
    cnt[w] += 1
print(cnt, sorted(cnt.items()))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz'); c.subtract({'b': 5})
print(c, Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=2, b=3) | Counter(a=4), Counter(a=2, b=3) & Counter(a=1, c=1), -Counter(a=-2, b=1), Counter())
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
