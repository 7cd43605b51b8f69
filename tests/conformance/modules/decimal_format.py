# decimal: format() and f-strings with the format-spec mini-language.
from decimal import Decimal, localcontext, ROUND_DOWN

values = ["0", "0.000", "0E+5", "-0", "1.5", "123456", "0.0001234", "1E+3", "-1234567.891", "2.5", "9.99",
          "1.2300", "1E-7", "12345678901234567890.5", "inf", "-inf", "nan", "-snan3", "0.5", "1.05", "-0.0001"]
specs = ["", ".3e", ".0e", "e", ".2f", "f", ".0f", "g", ".3g", ".0g", ".3", "%", ".1%", "10.2f", "<10",
         "^12.3", "=+12,.2f", "012,.2f", "+.2e", "z.1f", " g", "E", "G", ".10g", "n", "08.2f", "*>15,",
         ",", ",.2f", ".1F", "-^9", "z.0f", "015.3e", ">+8", "z.2F", "z.2f"]
for v in values:
    d = Decimal(v)
    print(v, "|".join(format(d, s) for s in specs))
x = Decimal("1234.5678")
print(f"{x}|{x:.2f}|{x:>12}|{x:,}|{x:e}|{x:.1%}|{x!r}|{x!s}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.999"), ".2f"), format(Decimal("-2.999"), ".1e"))
with localcontext(capitals=0):
    print(format(Decimal("1E+10"), ""), format(Decimal("1E+10"), ".3"), str(Decimal("1E+10")))
for bad in ["_", "#.0f", "x", ".f", "10.2q", ">08", "*<010.2f", ",n", "0=5"]:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print("{:.3f} {:10.4e} {:<8}|".format(Decimal("3.14159"), Decimal("-0.000123456"), Decimal(42)))
print("%s %r" % (Decimal("1.10"), Decimal("1.10")))
