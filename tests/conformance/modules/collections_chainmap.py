# collections.ChainMap: lookups through several mappings, writes to the first, children and parents
from collections import ChainMap, OrderedDict, defaultdict
from collections.abc import MutableMapping, Mapping

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm['color'], cm['user'], cm['size'], len(cm), list(cm), list(cm.keys()))
print(list(cm.values()), list(cm.items()), cm.get('missing'), cm.get('user', 'x'), 'color' in cm, 'x' in cm)
print(repr(cm), bool(cm), bool(ChainMap()), bool(ChainMap({})), repr(ChainMap()))
print(isinstance(cm, MutableMapping), isinstance(cm, Mapping), cm == dict(cm), dict(cm))

cm['color'] = 'blue'
print(args, defaults['color'], cm['color'])
del cm['color']
print(cm['color'], args)
try:
    del cm['user']
except KeyError as e:
    print("KeyError:", e)
try:
    cm['nothing']
except KeyError as e:
    print("KeyError:", e)

child = cm.new_child()
child['user'] = 'root'
print(child['user'], cm['user'], len(child.maps), child.parents == cm, child.parents.maps == cm.maps)
child2 = cm.new_child({'a': 1}, b=2)
print(child2.maps[0], repr(child2.parents))
print(cm.pop('size'), args, cm.pop('size', 'gone'))
try:
    cm.pop('user')
except KeyError as e:
    print("KeyError:", e)
args['k'] = 'v'
print(cm.popitem(), args)
try:
    cm.popitem()
except KeyError as e:
    print("KeyError:", e)

c2 = ChainMap({'x': 1}, {'y': 2})
c3 = c2.copy()
c3['x'] = 10
print(c2, c3, c3.maps[1] is c2.maps[1])
print(c2 | {'z': 3}, {'w': 0} | c2, type({'w': 0} | c2).__name__)
c2 |= {'q': 5}
print(c2, ChainMap.fromkeys('ab', 0), c2.setdefault('x', 99), c2.setdefault('n', 7), c2.maps[0])
c2.update({'u': 1}, v=2)
print(c2.maps[0])
c2.clear()
print(c2, len(c2))

class Counting(ChainMap):
    def __missing__(self, key):
        return 0

cc = Counting({'a': 1})
print(cc['a'], cc['b'], 'b' in cc, repr(cc))
dd = ChainMap(defaultdict(int), {'k': 5})
print(dd['k'], dd['other'], dd.maps[0])
od = ChainMap(OrderedDict([('b', 1), ('a', 2)]), {'c': 3, 'a': 0})
print(list(od), od['a'])
