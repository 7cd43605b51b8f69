# Malformed or unsupported format specs raise ValueError/TypeError/OverflowError like CPython.
def attempt(v, spec):
    try:
        print(repr(spec), "->", repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), "->", type(e).__name__, e)

for spec in ["xyz", "s", "+c", "#c", ".2", "z", ",c", "_n", ",n", ",_", "_,", ".", "d.", "9999999999999999999999"]:
    attempt(42, spec)
attempt(-1, "c")
attempt(0x110000, "c")
attempt(2 ** 80, "c")
for spec in ["d", "x", "b", "c", "s", "#x", ".", "5.5.5", ",x", ".2147483648f", "ab"]:
    attempt(1.5, spec)
for spec in ["d", "+", "-", " ", "z", "#", "=5", ",", "_", "e", ".x", "<<<"]:
    attempt("abc", spec)
attempt(True, "s")
attempt(2 ** 2000, "e")
attempt(2 ** 14000, "d")
attempt(None, "d")
attempt([], "s")
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "", 3)
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)
