# Comprehensions in a class body are function scopes (CPython 3.11): they skip class-level names
# (but see enclosing function locals); only the first iterable is evaluated in the class scope.
def f():
    x = 1
    class C:
        x = 2
        l = [x for _ in range(1)]
        m = {k: x for k in range(2)}
        s = {x for _ in [0]}
        g = list(x for _ in [0])
        y = [[j for j in range(i)] for i in range(3)]
    return C
C = f()
print(C.l, C.m, C.s, C.g, C.y)
class D:
    a = [1, 2]
    b = [i * 2 for i in a]
    try:
        c = [a for i in range(1)]
    except NameError as e:
        c = str(e)
    d = [k for k in range(3) if k]
print(D.b, D.c, D.d, [n for n in dir(D) if not n.startswith('__')])
