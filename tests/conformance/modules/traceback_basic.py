"""traceback: extracting and formatting tracebacks and exceptions."""

import sys
import traceback

FILE = (lambda: 0).__code__.co_filename


def show(lines):
    print("".join(lines).replace(FILE, "FILE"), end="")


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    inner(n - 1)


def outer():
    inner(2)


try:
    outer()
except ValueError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception_only(e))
    show(traceback.format_tb(e.__traceback__))
    show(traceback.format_tb(e.__traceback__, limit=1))
    show(traceback.format_tb(e.__traceback__, limit=-1))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename == FILE, fs.lineno, fs.name, fs.line, len(fs))
    print(repr(traceback.extract_tb(e.__traceback__)[0]).replace(FILE, "FILE"))
    print(traceback.format_exc().replace(FILE, "FILE"), end="")
    filename, lineno, name, line = traceback.extract_tb(e.__traceback__)[-1]
    print(lineno, name, line)

print(repr(traceback.format_exc()))


def deep(n):
    deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) < 20, lines[-2].replace(FILE, "FILE"), lines[-1], end="")


class AppError(Exception):
    pass


def lookup(key):
    raise KeyError(key)


def chained():
    try:
        lookup("k")
    except KeyError as k:
        raise AppError("wrapped") from k


try:
    chained()
except AppError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))

try:
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    e.add_note("a note")
    e.add_note("two\nlines")
    show(traceback.format_exception(e))

import io
buf = io.StringIO()
try:
    raise KeyError("x")
except KeyError:
    traceback.print_exc(file=buf)
show([buf.getvalue()])
buf = io.StringIO()
traceback.print_exception(ValueError("no tb"), file=buf)
print(buf.getvalue(), end="")
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
try:
    compile("a b", "<src>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
te = traceback.TracebackException.from_exception(AppError("t"))
print(list(te.format()), str(te))
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError:", e)
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", "")]))


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Unprintable()))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(ValueError("")))
import linecache
print(repr(linecache.getline(FILE, 1)), repr(linecache.getline(FILE, 10**6)), linecache.getlines("<nothing>"))
