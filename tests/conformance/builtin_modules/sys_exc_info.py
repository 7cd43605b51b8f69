# sys.exc_info(): the exception being handled, as (type, value,
# traceback), or three Nones outside any handler; nested handlers,
# finally blocks, generators and functions called from a handler see it.
# (A generator resumed inside a handler does not see the resumer's
# exception in ouro: a documented deviation, left out here.)
import sys


def show():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None)


print(show())
try:
    raise KeyError("k")
except KeyError:
    print(show())
    try:
        1 / 0
    except ZeroDivisionError:
        print(show())
    print(show())
print(show())


def gen():
    yield show()
    try:
        raise ValueError("in gen")
    except ValueError:
        yield show()
    yield show()


print(list(gen()))
try:
    try:
        raise TypeError("t")
    finally:
        print(show())
except TypeError:
    pass
for i in range(3):
    try:
        if i % 2:
            raise OSError(i)
    except OSError:
        print(i, show())
    else:
        print(i, show())
