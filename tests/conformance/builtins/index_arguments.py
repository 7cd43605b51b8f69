# Integer arguments of built-in methods take any object with __index__
# (and int subclasses), as CPython's PyNumber_AsSsize_t does.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return "3"


class I(int):
    def __index__(self):
        return 0  # not used: an int subclass is its own int


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


lst = [10, 20, 30, 40, 50]
attempt("pop", lambda: lst.pop(Idx(1)))
attempt("pop -1", lambda: lst.pop(Idx(-1)))
attempt("pop I", lambda: lst.pop(I(0)))
print(lst)
lst.insert(Idx(1), "a")
lst.insert(I(0), "b")
lst.insert(Idx(-100), "c")
lst.insert(Idx(100), "d")
print(lst)
attempt("pop float", lambda: lst.pop(1.0))
attempt("pop str", lambda: lst.pop("1"))
attempt("insert float", lambda: lst.insert(1.5, 0))
attempt("insert bad", lambda: lst.insert(BadIdx(), 0))
attempt("pop big", lambda: lst.pop(2 ** 70))
attempt("pop big idx", lambda: lst.pop(Idx(2 ** 70)))
attempt("pop range", lambda: lst.pop(Idx(99)))

ba = bytearray(b"abcdef")
ba[Idx(0)] = Idx(65)
ba[I(1)] = I(66)
ba[Idx(-1)] = 90
print(ba)
attempt("ba float value", lambda: ba.__setitem__(0, 1.0))
attempt("ba str value", lambda: ba.__setitem__(0, "x"))
attempt("ba big value", lambda: ba.__setitem__(0, Idx(256)))
attempt("ba neg value", lambda: ba.__setitem__(0, Idx(-1)))
attempt("ba bad value", lambda: ba.__setitem__(0, BadIdx()))
attempt("ba float key", lambda: ba.__setitem__(1.5, 3))
ba.append(Idx(33))
ba.insert(Idx(0), Idx(35))
print(ba, ba.pop(Idx(0)), bytes([Idx(104), I(105)]), bytearray([Idx(1)]))
attempt("ba append bad", lambda: ba.append(BadIdx()))
print("abcdef".find("c", Idx(1)), "abcabc".count("a", Idx(1), Idx(10)), "abc"[Idx(1)])
print(chr(Idx(97)), round(2.675, Idx(2)), int("ff", Idx(16)), "x".center(Idx(5), "*"))
print("abc".zfill(Idx(5)), "a,b,c".split(",", Idx(1)), b"a b c".split(maxsplit=Idx(1)))
