# traceback formats exception groups as CPython 3.11's traceback.py does:
# TracebackException.exceptions, max_group_width/max_group_depth, the tree
# in format()/format_exception/print_exception/format_exc/print_exc, causes
# and contexts inside it (with its quirk: a group in the chain of a last
# member draws the closing bar, so its parent draws none), notes, and what
# except* leaves unhandled.
import sys
import traceback


def show(lines):
    print(''.join(lines).replace(__file__, 'this_file.py'))


def fail(kind, *args):
    raise kind(*args)


def caught(func, *args):
    try:
        func(*args)
    except BaseException as e:
        return e


def nest(levels, last_first=False):
    e = ValueError(levels)
    for i in range(levels):
        pair = [TypeError(i), e] if last_first else [e, TypeError(i)]
        e = ExceptionGroup(f"level{i}", pair)
    return e


def grouped(message, excs):
    try:
        raise ExceptionGroup(message, excs)
    except ExceptionGroup as g:
        return g


def chained():
    try:
        fail(KeyError, 'k')
    except KeyError as k:
        raise ValueError("from the key") from k


def divide(a, b):
    return a / b


# Members with tracebacks (caret lines in the margin), a cause, a context.
members = [caught(fail, OSError, 2, 'gone'), caught(chained), caught(divide, 1, 0)]
group = grouped("three", members)
show(traceback.format_exception(group))

# A group as a member and as a context; a group's context above the tree.
try:
    raise grouped("ctx", [OSError(1)])
except ExceptionGroup:
    with_ctx = caught(fail, ValueError, "with a group as context")
show(traceback.format_exception(ExceptionGroup("last", [nest(2), with_ctx])))
show(traceback.format_exception(ExceptionGroup("first", [with_ctx, nest(2)])))
try:
    raise RuntimeError("before")
except RuntimeError:
    outer = caught(lambda: fail(ExceptionGroup, "after", [KeyError(1)]))
show(traceback.format_exception(outer))
g = ExceptionGroup("caused", [ValueError(1)])
g.__cause__ = ExceptionGroup("the cause", [TypeError(2), ExceptionGroup("in", [KeyError(3)])])
show(traceback.format_exception(g))

# Width and depth: the defaults, then TracebackException's arguments.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
show(traceback.format_exception(BaseExceptionGroup("limits", [wide, nest(12), nest(11, True), KeyboardInterrupt()])))
te = traceback.TracebackException.from_exception(ExceptionGroup("cut", [wide, nest(3)]),
                                                 max_group_width=2, max_group_depth=2)
show(te.format())
print(te.max_group_width, te.max_group_depth, len(te.exceptions), te.exceptions[1].max_group_depth)
print([type(x).__name__ for x in te.exceptions], te.exceptions[0].exceptions[0].exceptions)
print(traceback.TracebackException.from_exception(ValueError()).exceptions)
show(te.format_exception_only())

# Notes: lines, a failing str(), tuples, a string, a non-sequence.
class Unprintable:
    def __str__(self):
        raise ValueError("no str")


a = ValueError("a")
a.__notes__ = ["first", 5, Unprintable(), "line one\nline two", "x\ry\n", ""]
b = TypeError("b")
b.__notes__ = ("in a tuple",)
c = KeyError("c")
c.__notes__ = "abc"
d = OSError("d")
d.__notes__ = 42
e = ValueError("e")
e.add_note("the last member's note")
notes = ExceptionGroup("notes", [a, b, c, d, e])
notes.add_note("the group's own note")
show(traceback.format_exception(notes))

# The same exception twice, and a cycle of causes.
x = ValueError("x")
y = TypeError("y")
x.__cause__ = y
y.__cause__ = x
y.__context__ = KeyError("hidden")
show(traceback.format_exception(ExceptionGroup("twice", [x, x])))

# chain=False, compact=True, print_exception, format_exc and print_exc.
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


show(traceback.format_exception(outer, chain=False))
show(traceback.TracebackException.from_exception(outer, compact=True).format())
traceback.print_exception(ExceptionGroup("printed", [ValueError(1), ExceptionGroup("n", [TypeError(2)])]),
                          file=sys.stdout)
try:
    raise group
except ExceptionGroup:
    show([traceback.format_exc()])
    collected = Collect()
    traceback.print_exc(file=collected)
    show(collected.parts)


# What except* leaves: leftovers keep their tracebacks, new exceptions
# join them, a naked exception is wrapped.
def run(kinds):
    excs = [caught(fail, k, "from run") for k in kinds]
    raise ExceptionGroup("batch", excs)


def star_reraise():
    try:
        run([ValueError, TypeError])
    except* ValueError:
        raise


def star_new():
    try:
        run([ValueError, TypeError, OSError])
    except* ValueError as eg:
        print("caught", eg, sys.exc_info()[1] is eg)
    except* OSError as eg:
        raise KeyError("new") from eg


def star_naked():
    try:
        fail(ValueError, "naked")
    except* ValueError:
        raise


def star_nested():
    try:
        try:
            run([ValueError, TypeError])
        except* ValueError:
            raise RuntimeError("inner")
    except* RuntimeError:
        raise ZeroDivisionError("outer")


for func in (star_reraise, star_new, star_naked, star_nested):
    exc = caught(func)
    show(traceback.format_exception(exc))
    print(repr(exc.__context__), repr(exc.__cause__))
