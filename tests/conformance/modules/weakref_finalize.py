# weakref.finalize: called when the object is collected, when called, at exit (newest first, atexit=True only); detach, peek, alive
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K(%d)' % self.n


def fin(*args, **kwargs):
    print('fin', args, kwargs)
    return 'result'


k = K(1)
f = weakref.finalize(k, fin, 1, b=2)
print(f.alive, f.atexit, f.peek()[0], f.peek()[1] is fin, f.peek()[2:])
print(repr(f).startswith('<finalize object at 0x'), "; for 'K' at 0x" in repr(f))
del k
gc.collect()
print(f.alive, f.peek(), f.detach(), f(), repr(f).endswith('; dead>'))

k = K(2)
f2 = weakref.finalize(k, fin, 'called')
print(f2(), f2.alive, f2())
del k
gc.collect()
print('no second call')

k = K(3)
f3 = weakref.finalize(k, fin, 'detached')
obj, func, args, kwargs = f3.detach()
print(obj, func is fin, args, kwargs, f3.alive, f3.detach(), f3.atexit)
del k, obj
gc.collect()
print('nothing called')


class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, Resource._close, name)

    @staticmethod
    def _close(name):
        print('closing', name)

    def close(self):
        self._finalizer()


r = Resource('a')
r.close()
r.close()
r = Resource('b')
del r
gc.collect()
print('b collected')


def boom():
    raise ValueError('finalizer failed')


k = K(4)
weakref.finalize(k, boom)
del k
gc.collect()
print('after the failing finalizer')

keep = K(5)
weakref.finalize(keep, fin, 'exit 1')
weakref.finalize(keep, fin, 'exit 2')
f6 = weakref.finalize(keep, fin, 'not at exit')
f6.atexit = False
print(f6.atexit, f6.alive)
weakref.finalize(keep, print, 'exit 3', end='!\n')
print('end of script')
