# decimal: Decimals in statistics and fractions, as CPython handles them.
from decimal import Decimal as D
import statistics
from fractions import Fraction

datasets = [[D("1.5"), D("2.25"), D("3.125")], [D(1), D(2), D(4), D(7)], [D("0.1")] * 5,
            [D("1E+10"), D("-3.3")]]
for data in datasets:
    for f in [statistics.mean, statistics.median, statistics.fmean, statistics.stdev,
              statistics.pstdev, statistics.variance, statistics.pvariance, statistics.mode]:
        print(f.__name__, repr(f(data)))
print(Fraction(D("1.25")), Fraction(D("-0.5")), Fraction.from_decimal(D("3.14")), Fraction.from_decimal(3))
for v in ["nan", "inf"]:
    try:
        Fraction(D(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
print(D("0.5") == Fraction(1, 2), D("0.5") < Fraction(2, 3), hash(D("0.25")) == hash(Fraction(1, 4)))
