# %-formatting of bytes and bytearray: %s/%b (bytes-like or __bytes__), %r/%a
# (ascii()), %c (int byte or one byte), the numeric codes, mapping keys
# (bytes), and CPython's errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: b"%d" % 1)
show(lambda: b"%s" % "x")
show(lambda: b"%b" % 3)
show(lambda: b"%s" % (1,))
show(lambda: b"%c" % 256)
show(lambda: b"%c" % "a")
show(lambda: b"%c" % b"ab")
show(lambda: b"%d %d" % (1,))
show(lambda: b"%d" % (1, 2))
show(lambda: b"%(a)s" % {"a": b"x"})
show(lambda: b"%(a)s" % {b"a": b"x"})
show(lambda: b"%z" % 1)
show(lambda: b"%s" % "abc")
show(lambda: b"x" % "abc")
show(lambda: b"x" % 3)
show(lambda: b"x" % ())
show(lambda: b"x" % b"ab")
show(lambda: b"x" % [])
show(lambda: b"%s" % [1])
show(lambda: b"%s" % memoryview(b"ab"))
show(lambda: b"%s" % bytearray(b"ab"))
show(lambda: bytearray(b"%s-%d") % (b"ab", 3))
show(lambda: b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"))
show(lambda: b"%c%c" % (65, b"B"))
show(lambda: b"%c" % -1)
show(lambda: b"%r %a" % ("\xe9", b"x"))
show(lambda: b"%x %X %o %#x %+d %05.1f %e %g %i %u" % (255, 255, 8, 255, 3, 2.5, 1.5, 0.1, 7, 8))
show(lambda: b"%%" % ())
show(lambda: b"\xff%s\x80" % (b"\xfe",))
show(lambda: b"%*d|%-*d" % (5, 1, 4, 2))
class B:
    def __bytes__(self):
        return b"BB"
class BadB:
    def __bytes__(self):
        return "str"
show(lambda: b"%s %b" % (B(), B()))
show(lambda: b"%s" % BadB())
show(lambda: b"%d" % "x")
show(lambda: b"%(a)s %(b)d" % {b"a": b"x", b"b": 3})
show(lambda: b"%(a)s" % {})
