# decimal: construction from ints, strings, floats, tuples; str, repr,
# to_eng_string, as_tuple, as_integer_ratio.
from decimal import Decimal, DecimalTuple, InvalidOperation, getcontext

for v in [0, 1, -1, 7, 123456789012345678901234567890, -10 ** 30, True]:
    print(repr(Decimal(v)), str(Decimal(v)))
strings = ["0", "-0", "1.23", "1.23E+5", "1.23e-5", "  12.5  ", "+.5", "5.", "-0.000",
           "1_000.000_1", "0.0000001", "0.000001", "123E+4", "1E+0", "1e-7", "-12345.678E-3",
           "Inf", "-infinity", "INFINITY", "NaN", "-nan", "NaN123", "sNaN", "-sNaN45",
           "1E999999", "1E-999999", "0E-1000", "0E+1000", "123456789.123456789E-30",
           "\u0661\u0662.\u0663", "\t1\n"]
for s in strings:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
for s in ["", " ", ".", "e5", "1e", "1.2.3", "abc", "1 2", "--1", "0x10", "Infx", "NaNx", "1e1.5"]:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)
for f in [0.1, 0.5, -1.75, 1e20, 2.0 ** -30, 1e-320, -0.0, float("inf"), float("-inf"), 3.0]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float("nan"))), repr(Decimal.from_float(7)))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (4, 5), 3), (0, (0,), "F"),
          (1, (1, 2), "n"), (0, (), "N"), [0, [1, 0], -1]]:
    print(t, repr(Decimal(t)))
for bad in [(2, (1,), 0), (0, (10,), 0), (0, (1,), "x"), (0, (1,)), (0, (1,), 1.5), [],
            (0, ("1",), 0)]:
    try:
        Decimal(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [{}, None, 1j]:
    try:
        Decimal(bad)
    except TypeError as e:
        print("TypeError", e)
d = Decimal("3.14")
print(Decimal(d) is d, repr(Decimal(Decimal("-0.0"))))
print(DecimalTuple(0, (1,), 0), Decimal("1.0E+3").as_tuple().exponent)
for s in ["1.25", "-0.75", "100", "1E+3", "0", "-1E-5", "3.1400"]:
    print(s, Decimal(s).as_integer_ratio())
for s in ["NaN", "Inf"]:
    try:
        Decimal(s).as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
eng = ["0E+4", "0E+5", "0E-7", "0E-8", "123E+4", "1.23E-8", "-5E+2", "123456E-2", "1E+6", "12E+7",
       "0.000001", "1E-9", "9.99E+999"]
for s in eng:
    print(s, Decimal(s).to_eng_string(), str(Decimal(s)))
getcontext().capitals = 0
print(str(Decimal("1.5E+10")), repr(Decimal("1E-10")))
getcontext().capitals = 1
class MyDec(Decimal):
    pass
m = MyDec("2.5")
print(type(m).__name__, m, type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__)
print(Decimal("12.50").adjusted(), Decimal("0.001").adjusted(), Decimal("inf").adjusted())
