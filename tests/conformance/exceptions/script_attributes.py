# Attributes of exceptions scripts make: ImportError's msg/name/path,
# NameError's and AttributeError's name/obj (and their keywords),
# SyntaxError's location fields, the UnicodeError attributes (of
# instances the VM makes too).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


e = ImportError("no module", name="mod", path="/x/mod.py")
print(e.msg, e.name, e.path, e.args, str(e))
e = ImportError()
print(e.msg, e.name, e.path, e.args)
e = ImportError("a", "b")
print(e.msg, e.name, e.path, e.args, str(e))
e = ModuleNotFoundError("m", name="m")
print(e.msg, e.name, e.path)
show(lambda: ImportError("x", foo=1))
show(lambda: ModuleNotFoundError(foo=1))
e = NameError("boom", name="x")
print(e.name, e.args, str(e))
print(NameError().name, UnboundLocalError().name)
show(lambda: NameError(obj=1))
e = AttributeError("nope", name="attr", obj=[1])
print(e.name, e.obj, e.args)
print(AttributeError().name, AttributeError().obj)
show(lambda: AttributeError(foo=1))
try:
    undefined_name
except NameError as e:
    print(e.name)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.msg, e.path)
e = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args)
print(str(e))
e = SyntaxError("bad", ("f.py", 3, 5, "x"))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError("only")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, str(e))
e = SyntaxError()
print(e.msg, e.filename, e.lineno, str(e))
e = SyntaxError("a", "b", "c")
print(e.msg, e.filename, str(e))
print(str(SyntaxError("m", (None, 2, 1, None))), str(SyntaxError("m", ("p/f.py", None, 1, None))))
show(lambda: SyntaxError("m", ("f", 1)))
show(lambda: SyntaxError("m", 5))
e = IndentationError("ind", ("g.py", 1, 2, "  x"))
print(e.msg, e.filename, e.lineno, str(e))
try:
    compile("x = = 1", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeDecodeError("ascii", bytearray(b"ab\x80"), 2, 3, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeDecodeError("utf-8", b"abc", 0, 3, "bad range")
print(str(e))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeEncodeError("ascii", "h\xe9\xe9", 1, 3, "ordinal not in range(128)")
print(str(e))
e = UnicodeEncodeError("latin-1", "\u20ac", 0, 1, "x")
print(str(e))
show(lambda: UnicodeDecodeError("utf-8", b"x", 0))
show(lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "r"))
show(lambda: UnicodeEncodeError("utf-8", b"x", 0, 1, "r"))
show(lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"))
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"ab\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "a\u20acb".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "ab\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)


class MyImportError(ImportError):
    def __init__(self, what):
        super().__init__("cannot load " + what, name=what, path="/lib/" + what)


e = MyImportError("pkg")
print(e.msg, e.name, e.path, e.args, str(e))


class MySyntaxError(SyntaxError):
    pass


e = MySyntaxError("oops", ("dir/m.py", 9, 1, "y", 9, 2))
print(type(e).__name__, e.filename, e.lineno, e.end_offset, str(e))
print(hasattr(SyntaxError, "lineno"), hasattr(ImportError, "path"), hasattr(UnicodeError, "reason"))
