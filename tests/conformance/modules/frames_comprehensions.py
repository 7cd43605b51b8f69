# The frames CPython 3.11 runs comprehensions in, as the running frames
# show them: sys._getframe, f_back, inspect.stack, traceback.extract_stack,
# warnings' stacklevel, logging's funcName, a traceback's tb_frame.
import inspect
import logging
import sys
import traceback
import warnings


def names(frame):
    out = []
    while frame is not None:
        out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


def f():
    return [sys._getframe().f_code.co_name for _ in [1]]


print(f())
print([sys._getframe(1).f_code.co_name for _ in [1]])
print([[names(sys._getframe()) for _ in [1]] for _ in [2]])


def caller_name():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_code.co_qualname


def outer():
    return {k: caller_name() for k in "a"}


print(outer())
print([sys._getframe().f_code.co_firstlineno for _ in [1]])
print([
    sys._getframe().f_lineno for _ in [1]
])
print(sys._getframe().f_lineno, [sys._getframe(1).f_lineno
                                 for _ in [1]])


def g():
    [print([fs.name for fs in traceback.extract_stack()]) for _ in [1]]


g()
print({s.function for s in inspect.stack()})
print([[s.function for s in inspect.stack()] for _ in [1]])


def warn_from_helper():
    warnings.warn("two out", stacklevel=2)
    warnings.warn("three out", stacklevel=3)


def w():
    [warn_from_helper() for _ in [1]]
    {warnings.warn("here", stacklevel=1) for _ in [1]}


warnings.simplefilter("always")
warnings.showwarning = lambda m, c, fn, ln, *a: print("warning", m, ln)
w()

logging.basicConfig(format="%(funcName)s %(lineno)d %(message)s", stream=sys.stdout)


def lg():
    [logging.warning("hi") for _ in [1]]


lg()

try:
    [[1 / x for x in [0]] for y in [1]]
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        print(tb.tb_lineno, fr.f_code.co_name, fr.f_lineno, fr.f_back is None or fr.f_back.f_code.co_name)
        tb = tb.tb_next
