from fractions import Fraction as F
import math

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(F(1, 3)), F(F(1, 2), F(3, 4)))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)), F(True))
for s in ["3/7", " -12/8 ", "+1.25", "1.", ".5", "1e3", "1.5e-2", "-2E+2", "1_000/3",
          "0.000_1", "7", "  42  "]:
    print(repr(s), F(s))
for s in ["", "1/", "/2", "1/2e3", "1.5/2", "inf", "nan", "1__0", "_1", "1 / 2", "e5", "1e",
          "+-1", "1.2.3", "0x10"]:
    try:
        F(s)
    except ValueError as e:
        print("ValueError", e)
for x in [0.5, 0.1, -1.75, 1e20, 2.0 ** -30]:
    print(x, F(x), F.from_float(x))
for bad in [float("nan"), float("inf")]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (0, 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for args in [(1.5, 2), ("1", 2), ([],)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError", e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 1.0 - a, a + 1j)
print(a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0, 2 ** F(3), 4 ** F(1, 2), F(9, 4) ** F(1, 2), a ** 0.5)
print(F(0) ** 2)
for expr in ["F(1, 2) / 0", "F(0) ** -1", "F(1, 2) // 0", "F(1, 2) % 0", "F(3, 4) / F(0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError", e)
print(a < b, a <= b, a > b, a >= b, a == F(2, 6), a != b, F(1) == 1, F(1, 2) == 0.5, F(1, 3) == 1 / 3)
print(F(1, 2) < 1, 0 < F(1, 2), F(1, 2) < 0.6, F(1, 2) > float("nan"), F(1, 2) < float("inf"), F(1, 2) == 0.5 + 0j)
print(sorted([F(3, 2), 1, 0.75, F(-1, 3), 2]))
print(hash(F(1, 2)), hash(F(3)) == hash(3), hash(F(1, 2)) == hash(0.5), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)))
print(float(F(1, 3)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(8, 3)), round(F(22, 7), 2), round(F(1234, 1), -2))
print(bool(F(0)), bool(F(1, 5)), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio())
print(F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate())
print(F("3.141592653589793").limit_denominator(1000), F(math.pi).limit_denominator(100),
      F(1, 3).limit_denominator(10), F(-22, 7).limit_denominator(5))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print({F(1, 2): "half", 0.5: "float"}, len({F(2, 4), F(1, 2), 0.5}))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(1, 4)), F(10 ** 30, 3) * 3)
d = {}
d[F(2)] = 1
print(d[2], isinstance(F(1), F), type(F(1) + 1).__name__, type(1.0 + F(1)).__name__)


class Sub(F):
    pass


s = Sub(1, 2)
print(repr(s), type(s).__name__, type(s + 1).__name__)
import copy
print(copy.copy(F(1, 2)), copy.deepcopy([F(1, 2)]))
