# weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet (entries go when their objects are collected, also during iteration)
import copy
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K(%d)' % self.n


class HK(K):
    # Equal and hashing alike by value (WeakKeyDictionary compares by value).
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


def names(it):
    return sorted(k.n for k in it)


ks = [K(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for i, k in enumerate(ks):
    d[i] = k
print(len(d), sorted(d.keys()), d[2], d.get(9), d.get(9, 'no'), 3 in d, 9 in d)
try:
    d[9]
except KeyError as e:
    print('KeyError', e)
del ks[1]
gc.collect()
print(len(d), sorted(d), names(d.values()), sorted(k for k, v in d.items()))
print(type(d).__name__, repr(d).startswith('<WeakValueDictionary at 0x'))
print(d.pop(0), len(d), d.pop(0, 'gone'), d.setdefault(2, None), d.setdefault(7, ks[0]), len(d))
vr = d.valuerefs()
print(len(vr), all(isinstance(w, weakref.KeyedRef) for w in vr), sorted(w.key for w in vr))
print(sorted(w.key for w in d.itervaluerefs()))
d2 = d.copy()
d3 = copy.copy(d)
print(type(d2).__name__, sorted(d2), sorted(d3))
d4 = d | {10: ks[-1]}
print(type(d4).__name__, sorted(d4))
d4 |= {11: ks[-2]}
print(sorted(d4), sorted({12: ks[0]} | d))
d.update({20: ks[2]}, x=ks[3])
print(sorted(d, key=str))
del d[20]
key, value = d.popitem()
print(key not in d, value is not None)
e = weakref.WeakValueDictionary({1: ks[0]}, two=ks[1])
print(sorted(e, key=str), e[1], e['two'])
try:
    d[1] = 5
except TypeError as err:
    print('TypeError:', err)

# Values dying while the dictionary is iterated over.
keep = [K(i) for i in range(4)]
dd = weakref.WeakValueDictionary((i, k) for i, k in enumerate(keep))
seen = []
it = iter(dd.items())
seen.append(next(it)[0])
keep.clear()
gc.collect()
seen.extend(k for k, v in it)
gc.collect()
print(seen, len(dd), list(dd.items()))

# WeakKeyDictionary
ks = [K(i) for i in range(5)]
wk = weakref.WeakKeyDictionary()
for k in ks:
    wk[k] = k.n * 2
print(len(wk), sorted(wk.values()), ks[0] in wk, wk[ks[0]], 5 in wk, [] in wk, wk.get(ks[1]))
x = ks.pop()
gc.collect()
print(len(wk))
del x
gc.collect()
print(len(wk), names(wk), names(wk.keys()), sorted(v for k, v in wk.items()))
print(len(wk.keyrefs()), repr(wk).startswith('<WeakKeyDictionary at 0x'))
print(wk.pop(ks[0]), wk.pop(ks[0], 'none'), wk.setdefault(ks[0], 'new'), wk[ks[0]], len(wk))
del wk[ks[0]]
print(len(wk), names(wk.copy()), names(copy.deepcopy(wk)))
w2 = wk | {ks[0]: 'zero'}
print(type(w2).__name__, names(w2), w2[ks[0]])
k0, v0 = wk.popitem()
print(k0 not in wk, len(wk))
hk = weakref.WeakKeyDictionary()
a, b = HK(1), HK(1)
hk[a] = 'a'
hk[b] = 'b'
print(len(hk), hk[HK(1)], hk[a])
del a
gc.collect()
print(len(hk), hk.get(b))
del b
gc.collect()
print(len(hk), list(hk.items()))
try:
    wk[1] = 2
except TypeError as err:
    print('TypeError:', err)

# WeakSet
ks = [K(i) for i in range(5)]
ws = weakref.WeakSet(ks)
print(len(ws), ks[0] in ws, K(0) in ws, 1 in ws, names(ws))
ks.pop(0)
gc.collect()
print(len(ws), names(ws))
ws.add(ks[0])
ws.discard(ks[1])
ws.remove(ks[2])
try:
    ws.remove(ks[2])
except KeyError:
    print('KeyError on remove')
print(names(ws), names(ws.copy()))
other = weakref.WeakSet(ks[:2])
print(names(ws | other), names(ws & other), names(ws - other), names(ws ^ other))
print(ws.isdisjoint(other), other <= weakref.WeakSet(ks), weakref.WeakSet(ks) >= other, ws == weakref.WeakSet(ws))
print(ws.issubset(ks), ws.issuperset([ks[3]]), ws < weakref.WeakSet(ks), ws != other)
ws |= other
print(names(ws))
ws -= other
print(names(ws))
ws.update(ks)
ws &= ks[2:]
print(names(ws))
ws ^= ks[3:]
print(names(ws), ws.pop().n, len(ws))
ws.clear()
print(len(ws), repr(weakref.WeakSet()))
try:
    ws.pop()
except KeyError as err:
    print('KeyError:', err)
try:
    ws.add(1)
except TypeError as err:
    print('TypeError:', err)
live = [K(i) for i in range(4)]
ws = weakref.WeakSet(live)
it = iter(ws)
next(it)
live.clear()
gc.collect()
rest = list(it)
gc.collect()
print(len(rest) <= 3, len(ws), list(ws))
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int], weakref.ref[int])
