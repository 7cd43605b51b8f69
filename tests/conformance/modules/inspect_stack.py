# inspect's frame functions over frame objects: currentframe, stack,
# getframeinfo, getouterframes, getinnerframes, trace, isframe, getlineno.
import inspect
import sys


def show(records):
    for r in records:
        print(r.function, r.lineno, r.index, [line.strip() for line in r.code_context or []],
              r.filename == __file__, inspect.isframe(r.frame))


def inner(value):
    frame = inspect.currentframe()
    print(frame is sys._getframe(), frame.f_locals["value"], inspect.getlineno(frame))
    show(inspect.stack())
    show(inspect.stack(context=3)[:1])
    show(inspect.stack(0)[:1])
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.index, info[0] == __file__)
    info = inspect.getframeinfo(frame, context=0)
    print(info.code_context, info.index)
    show(inspect.getouterframes(frame.f_back))
    print(inspect.stack()[1].frame is frame.f_back)
    print(inspect.stack()[0][3], len(inspect.stack()[0]))


def middle():
    inner(5)


middle()


def crash(n):
    if n == 0:
        raise ZeroDivisionError("deep")
    crash(n - 1)


try:
    crash(2)
except ZeroDivisionError:
    show(inspect.trace())
    tb = sys.exc_info()[2]
    show(inspect.getinnerframes(tb, context=0))
    info = inspect.getframeinfo(tb.tb_next)
    print(info.function, info.lineno, info.code_context)

print(inspect.isframe(inspect.currentframe()), inspect.isframe(None))
print(inspect.currentframe().f_code.co_name)
print(inspect.getmodule(inspect.currentframe()) is sys.modules[__name__])
print(inspect.getfile(inspect.currentframe()) == __file__)
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


def logged():
    import logging
    return logging.currentframe().f_code.co_name


print(logged())
