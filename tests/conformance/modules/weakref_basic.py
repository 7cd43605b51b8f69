# weakref: ref (call, callbacks, shared basic refs, ==, hash, repr), which objects take weak refs, getweakrefcount/getweakrefs, proxy, WeakMethod
import gc
import sys
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n * 10


def fn():
    return 1


def gen():
    yield 1


c = C(1)
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, isinstance(r, weakref.ref), type(r) is weakref.ReferenceType)
print(weakref.ref, weakref.ref.__name__, r.__callback__)
print(weakref.getweakrefcount(c), weakref.getweakrefcount(1), weakref.getweakrefs(1))
log = []


def cb(w):
    log.append(('cb', w is r2, w()))


def cb2(w):
    log.append(('cb2', w is r3, w()))


r2 = weakref.ref(c, cb)
r3 = weakref.ref(c, cb2)
print(r2 is not r, r2.__callback__ is cb, r2() is c)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r3, r2])
print([x is y for x, y in zip(weakref.getweakrefs(c), [r, r3, r2])])
print(r == r2, r != r2, r == weakref.ref(C(1)), r == 5, hash(r) == hash(c), hash(r2) == hash(r))
rep = repr(r)
print(rep.startswith('<weakref at 0x'), "; to 'C' at 0x" in rep, rep.endswith('>'))
rc = repr(weakref.ref(C))
print("; to 'type' at 0x" in rc, rc.endswith(' (C)>'))
rf = repr(weakref.ref(fn))
print("; to 'function' at 0x" in rf, rf.endswith(' (fn)>'))
h = hash(r)
del c
gc.collect()
print(r(), r2(), r3(), log)
print(r == r2, r != r2, r == r, hash(r) == h, repr(r).endswith('; dead>'))
try:
    hash(r2)
except TypeError as e:
    print('TypeError:', e)
print(weakref.getweakrefcount(r), weakref.getweakrefs(C(2)))

# What takes weak references, as in CPython.
class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class T(tuple):
    pass


class E(Exception):
    pass


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


class SubSlotted(Slotted):
    pass


class R(weakref.ref):
    pass


things = [1, 2.5, 'a', b'x', (1,), [1], {}, None, True, 1j, bytearray(b'1'), range(3),
          slice(1), ..., NotImplemented, C(0), C, I(1), L(), D(), S('a'), T(), E(),
          ValueError(), Slotted(), SlottedWeak(), SubSlotted(), gen(), len, [].append,
          C(0).m, set(), frozenset(), sys, fn, fn.__code__, object(), iter([]), type, int,
          r, R(C), weakref.proxy(C)]
kept = []
for t in things:
    try:
        kept.append(weakref.ref(t))
        print(type(t).__name__, 'ok')
    except TypeError as e:
        print(type(t).__name__, e)
try:
    weakref.ref()
except TypeError:
    print('TypeError without argument')


# A subclass with its own attributes.
class Named(weakref.ref):
    def __init__(self, ob, callback=None, name=''):
        super().__init__(ob, callback)
        self.name = name

    def __new__(cls, ob, callback=None, name=''):
        return super().__new__(cls, ob, callback)


x = C(5)
nr = Named(x, None, 'five')
print(nr.name, nr().n, weakref.getweakrefcount(x))
bx = weakref.ref(x)
print(nr is not bx, weakref.getweakrefs(x)[0] is bx, nr == bx, weakref.getweakrefcount(x))
del x, bx
gc.collect()
print(nr(), nr.name)

# The referent lives as long as something else holds it.
holder = [C(6)]
wr = weakref.ref(holder[0])
gc.collect()
print(wr().n)
holder.clear()
gc.collect()
print(wr())

# A callback that raises is reported on stderr and ignored.
def bad(w):
    raise ValueError('boom')


y = C(7)
rb = weakref.ref(y, bad)
del y
gc.collect()
print('after the bad callback', rb())

# A dead weak reference's callback is not called.
z = C(8)
rz = weakref.ref(z, lambda w: print('not printed'))
del rz
del z
gc.collect()
print('no callback for a dead ref')

# Freed slots are reused; dead references stay dead.
def make_refs(n):
    objs = [C(i) for i in range(n)]
    return [weakref.ref(o) for o in objs]


refs = make_refs(50)
gc.collect()
fresh = [C(i) for i in range(100)]
print(sum(1 for w in refs if w() is not None), len(fresh))

# proxy
k = C(9)
p = weakref.proxy(k)
print(p.n, p.m(), type(p).__name__, weakref.proxy(k) is p, weakref.getweakrefcount(k))
p.n = 10
print(k.n, weakref.proxy(fn)(), type(weakref.proxy(fn)).__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del k
gc.collect()
try:
    p.n
except ReferenceError as e:
    print('ReferenceError:', e)

# WeakMethod
k = C(3)
wm = weakref.WeakMethod(k.m)
print(wm()(), wm == weakref.WeakMethod(k.m), isinstance(wm, weakref.ref), wm().__self__ is k)
try:
    weakref.WeakMethod(fn)
except TypeError as e:
    print('TypeError:', e)
calls = []
wm2 = weakref.WeakMethod(k.m, lambda w: calls.append(w is wm2))
del k
gc.collect()
print(wm(), wm2(), calls)


def outer():
    class Local:
        def f(self):
            return 'f'
    inst = Local()
    return inst, weakref.WeakMethod(inst.f)


inst, wm3 = outer()
print(wm3()())
del inst
gc.collect()
print(wm3())

# __callback__ is read-only; copies of a ref are the ref; a proxy's callback.
import copy
k = C(11)
rk = weakref.ref(k, cb)
try:
    rk.__callback__ = None
except AttributeError as e:
    print('AttributeError:', e)
print(copy.copy(rk) is rk, copy.deepcopy(rk) is rk, copy.deepcopy([rk])[0] is rk)
pk = weakref.proxy(k, lambda p: print('proxy callback', type(p).__name__))
del k
gc.collect()
print(rk(), len(log))
