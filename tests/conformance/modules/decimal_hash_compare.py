# decimal: hashing consistent with int and float, comparisons with
# Decimals, ints, floats and Fractions, conversions.
import math
from fractions import Fraction
from decimal import Decimal as D, getcontext, InvalidOperation

for s in ["0", "-0", "1", "-1", "1.0", "1.50", "0.5", "-2.25", "1E+3", "123456789012345678901234567890",
          "1E-1", "0.1", "1E+100", "-1E-100", "Infinity", "-Infinity", "3.14159"]:
    d = D(s)
    print(s, hash(d))
for n in [0, 1, -1, 10 ** 20, -(2 ** 64), 2 ** 61 - 1, 2 ** 61]:
    print(n, hash(D(n)) == hash(n))
for f in [0.5, -2.25, 1e100, 1.5e-10, 0.1]:
    print(f, hash(D(f)) == hash(f), D(f) == f)
print(hash(D("0.5")) == hash(Fraction(1, 2)), D("0.5") == Fraction(1, 2), D("0.1") == Fraction(1, 10))
print(len({D(1), D("1.0"), D("1.00"), 1, 1.0}), {D("0.5"): "a"}[0.5], D(2) in {2: 0})
print(D(1) == 1, D("1.0") == 1, D(2) != 3, D("0.1") == 0.1, D("0.5") == 0.5, 1 == D(1), D(1) == "1")
print(D(1) < 2, D(1) <= D("1.00"), D(3) > 2.5, D(-1) >= -1, 2 < D(3), D("0.1") < 0.1, D("0.1") > 0.1)
print(D("1.5") < Fraction(3, 2), D("1.5") <= Fraction(3, 2), D(2) > Fraction(5, 3))
print(D("Infinity") > 10 ** 100, D("-Infinity") < -1e308, D("Infinity") == float("inf"))
print(D("NaN") == D("NaN"), D("NaN") != D("NaN"), D("NaN") == 1, D("NaN") == float("nan"))
print(D(1) == 1 + 0j, D("1.5") == 1.5 + 0j, D(1) == 1 + 1j, 1 + 0j == D(1), D(1) != 1j)
for expr in ["D('NaN') < 1", "D(1) > D('NaN')", "D('sNaN') == 1", "D(1) < 'x'"]:
    try:
        print(eval(expr))
    except (InvalidOperation, TypeError) as e:
        print(expr, type(e).__name__)
vals = [D("3.1"), D(-2), D("0.001"), D("1E+2"), D("-0"), D("2.50"), D("2.5"), D(7)]
print(sorted(vals), max(vals), min(vals))
print(sorted([D(3), 2, 1.5, D("0.5")]))
for s in ["3.7", "-3.7", "2.5", "-2.5", "0", "1E+20", "123.456"]:
    d = D(s)
    print(s, int(d), float(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), bool(d))
print(bool(D(0)), bool(D("0.000")), bool(D("NaN")), bool(D("-Infinity")))
print(float(D("1E+400")), float(D("-1E-400")), float(D("NaN")), float(D("-Infinity")), float(D("0.1")))
for s in ["NaN", "Infinity"]:
    for f in [int, math.floor, round]:
        try:
            f(D(s))
        except (ValueError, OverflowError) as e:
            print(s, type(e).__name__, e)
print(math.isclose(D("1.0000000001"), 1), math.sqrt(D(2)), isinstance(D(1), object))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
