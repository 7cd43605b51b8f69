# The format() and ascii() built-ins, and str.format with repr/ascii conversions.
print(format(42), format(42, ""), format(42, "05"), format("s", "^3"), format(2.5))
print(repr(format(True)), repr(format(None)), format([1, [2]]))
print(ascii("plain"), ascii("héllo"), ascii("\u20ac"), ascii("\U0001f600"))
print(ascii(["é", ("ß", 1)]), ascii({"ключ": "значение"}), ascii(1.5), ascii(None))
print(ascii("quote'\"both"), ascii("tab\t\n\x7f"), ascii(""))
print(repr("é"), ascii("é"), "%a" % "é", "{!a}".format("é"), f"{'é'!a}")

class R:
    def __repr__(self):
        return "R<ü>"
print(ascii(R()), repr(R()), "%r %a" % (R(), R()))
print(format(R(), ""))

class F:
    def __format__(self, spec):
        return "spec=" + repr(spec)
print(format(F()), format(F(), "abc"), "{:x<3}".format(F()), f"{F():{'n'}{3}}")
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, spec="d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(-7, " "), format(7, " "), format(-7.5, "=+8.2f"))
print(format(1234.5, "n"), format(2 ** 70, "n"), format(0.000012, "n"))
