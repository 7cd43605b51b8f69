import functools
def deco(f): return f
@deco
@deco
def g(x):
    return x
class C:
    @staticmethod
    def s(): pass
print(g.__code__.co_firstlineno, C.s.__code__.co_firstlineno, g.__module__, g.__qualname__)
