# numerator, denominator, real and imag of ints beyond 64 bits, and Fractions compared with them
from fractions import Fraction
for n in (10**30, -(2**70) + 1, 2**63):
    print(n.numerator, n.denominator, n.real, n.imag, type(n.numerator).__name__)
print(Fraction(1, 2) < 10**30, 10**30 > Fraction(1, 2), Fraction(10**30, 3) > 10**29)
print(sorted([Fraction(46, 17), -210018833103542062458055907786, 0.5, 2**65]))
