class A: pass
class B:
    def __index__(self): return 2
class S(str): pass
class L(list): pass
for x in ('x', [1], (1,), b'x', bytearray(b'y'), S('s'), L([2])):
    for other in (A(), None, 1.5, {}, 2j, 'q', [0]):
        for expr in ('x * other', 'other * x'):
            try:
                r = eval(expr)
                print(expr, type(x).__name__, type(other).__name__, repr(r))
            except TypeError as e:
                print(expr, type(x).__name__, type(other).__name__, e)
    print(x * B(), B() * x)
    y = x
    y *= B()
    print(y)
    try:
        y *= A()
    except TypeError as e:
        print(e)
try:
    A() * A()
except TypeError as e:
    print(e)
import datetime
for v in (datetime.date(2020, 1, 1), datetime.timedelta(2)):
    try:
        v * 'x'
    except TypeError as e:
        print(e)
    try:
        'x' * v
    except TypeError as e:
        print(e)
