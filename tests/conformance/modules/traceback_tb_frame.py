# A traceback's tb_frame: the frame objects of the entries, their code,
# globals, line and locals; walk_tb, walk_stack, extract_stack(f),
# StackSummary.extract with capture_locals.
import sys
import traceback


def fail(n):
    marker = "in fail"
    if n == 0:
        raise KeyError(n)
    fail(n - 1)


def handler():
    local_value = 42
    try:
        fail(2)
    except KeyError as e:
        tb = e.__traceback__
        frame = tb.tb_frame
        print(frame is sys._getframe(), frame.f_code.co_name, tb.tb_lineno)
        print(frame.f_locals["local_value"], frame.f_globals["__name__"])
        print(tb.tb_frame is tb.tb_frame)
        entries = []
        while tb is not None:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
            tb = tb.tb_next
        print(entries)
        print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(e.__traceback__)])
        print(all("__name__" in f.f_globals for f, _ in traceback.walk_tb(e.__traceback__)))
        innermost = [f for f, _ in traceback.walk_tb(e.__traceback__)][-1]
        names = []
        while innermost is not None:
            names.append(innermost.f_code.co_name)
            innermost = innermost.f_back
        print(names)


handler()


def kept():
    # The frame object asked for before the exception keeps its locals.
    me = sys._getframe()
    counter = 7
    raise ValueError(counter)


try:
    kept()
except ValueError as e:
    inner = e.__traceback__.tb_next.tb_frame
    print(inner.f_code.co_name, inner.f_lineno, sorted(inner.f_locals))
    print(inner.f_locals["me"] is inner, inner.f_locals["counter"])
    print(inner.f_back is sys._getframe())


def unittest_style():
    # unittest hides the frames of modules with __unittest in their globals.
    try:
        fail(0)
    except KeyError as e:
        tb = e.__traceback__
        while tb is not None and "__unittest" not in tb.tb_frame.f_globals:
            tb = tb.tb_next
        print(tb)


unittest_style()


def stack_here():
    here = sys._getframe()
    names = [fs.name for fs in traceback.extract_stack(here)]
    lines = [fs.line for fs in traceback.extract_stack(here)]
    print(names, lines[-1])
    print([fs.name for fs in traceback.extract_stack(here.f_back)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(here)])
    print([fs.name for fs in traceback.extract_stack()])
    summary = traceback.StackSummary.extract(traceback.walk_stack(None))
    print([fs.name for fs in summary])
    print("".join(traceback.format_stack(here, limit=1)).count("\n"))


def captured(a, b=3):
    total = a + b
    summary = traceback.StackSummary.extract(
        traceback.walk_stack(sys._getframe()), capture_locals=True, limit=1)
    print(summary[0].name, sorted(summary[0].locals.items()))


def outer():
    stack_here()
    captured(1)


outer()

try:
    fail(1)
except KeyError:
    tb = sys.exc_info()[2]
    print([frame.f_code.co_name for frame, _ in traceback.walk_tb(tb)])
    print([fs.name for fs in traceback.extract_stack([f for f, _ in traceback.walk_tb(tb)][-1])])
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
    print([(fs.name, fs.lineno, sorted(k for k in fs.locals if not k.startswith("__"))) for fs in summary][:1])
