def f(): pass
def g(*a, **k): yield
async def h(): pass
async def ag(): yield
def outer():
    def inner(): return 1
    return inner, lambda: 0, [x for x in (1,)]
class C:
    def m(self): pass
import types
@types.coroutine
def tc(): yield
print(f.__code__.co_flags, g.__code__.co_flags, h.__code__.co_flags, ag.__code__.co_flags, outer()[0].__code__.co_flags, outer()[1].__code__.co_flags, C.m.__code__.co_flags, tc.__code__.co_flags, compile('1','s','exec').co_flags)
