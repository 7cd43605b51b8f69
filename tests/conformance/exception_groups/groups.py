# ExceptionGroup and BaseExceptionGroup (PEP 654): construction, the
# checks, message/exceptions, str/repr, split, subgroup, derive.


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


eg = ExceptionGroup('many', [ValueError(1), TypeError('x'), ExceptionGroup('inner', [KeyError(3), ValueError(4)])])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg), repr(eg), eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__[1:3], BaseExceptionGroup.__bases__)
print(str(ExceptionGroup('one', [ValueError()])))
b = BaseExceptionGroup('base', [ValueError(1)])
print(type(b).__name__, repr(b))
b = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError(1)])
print(type(b).__name__, repr(b), isinstance(b, Exception))
t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('x', ValueError()))
t(lambda: ExceptionGroup('x', []))
t(lambda: ExceptionGroup('x', [1]))
t(lambda: ExceptionGroup('x'))

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)))
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg)
t(lambda: eg.split(1))
d = eg.derive([ZeroDivisionError()])
print(type(d).__name__, repr(d))
eg.__notes__ = ['a note']
m = eg.subgroup(TypeError)
print(m.__notes__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mg = MyGroup('mine', [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))

try:
    raise ExceptionGroup('raised', [ValueError('v')])
except ExceptionGroup as e:
    print('caught', repr(e), e.exceptions[0])
except Exception:
    print('wrong')
