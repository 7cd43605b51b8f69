# printf-style formatting errors, with CPython's messages.
def attempt(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

attempt("%s %s", (1,))
attempt("%s", (1, 2))
attempt("%d", ())
attempt("hello", 5)
attempt("hello", (5,))
attempt("%d", "5")
attempt("%d", [1])
attempt("%x", 1.5)
attempt("%o", "8")
attempt("%f", "1.0")
attempt("%e", None)
attempt("%f", 2 ** 2000)
attempt("%d", float("inf"))
attempt("%d", float("nan"))
attempt("%c", -1)
attempt("%c", 0x110000)
attempt("%c", "ab")
attempt("%c", "")
attempt("%c", 2.0)
attempt("%z", 1)
attempt("abc %y", 1)
attempt("%\x01", 1)
attempt("%é", 1)
attempt("%z", ())
attempt("%", 1)
attempt("abc %", ())
attempt("%5", 1)
attempt("%.", 1)
attempt("%-", 1)
attempt("%5%", 1)
attempt("%(a)s", (1,))
attempt("%(a)s", 5)
attempt("%(a", {"a": 1})
attempt("%(a)", {"a": 1})
attempt("%(b)s", {"a": 1})
attempt("%(a)s %s", {"a": 1})
attempt("%*d", ("5", 1))
attempt("%.*f", (1.5, 1.0))
attempt("%*d", (5,))
attempt("%.*", (5,))
attempt("%s", "%s")

class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 9
attempt("%d %x %f %c", (Num(), Num(), Num(), Num()))
