# decimal: the Decimal methods (sqrt, exp, ln, log10, power, quantize,
# to_integral, normalize, compare, min/max, fma, scaleb, next_*, ...).
from decimal import (Decimal as D, Context, getcontext, localcontext, ROUND_DOWN, ROUND_UP,
                     ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, InvalidOperation)

for s in ["2", "0.25", "100", "1.00", "0", "-0", "1E+3", "1E-3", "123456789", "0.5", "Infinity", "7E-999999"]:
    print("sqrt", s, D(s).sqrt())
for s in ["0", "1", "-1", "2", "0.5", "100", "-100", "1E-30", "-1E-30", "2302.5", "-2302.5", "1E+7", "-1E+7", "Infinity", "-Infinity"]:
    try:
        print("exp", s, D(s).exp())
    except ArithmeticError as e:
        print("exp", s, type(e).__name__, e)
for s in ["1", "2", "10", "0.1", "0.99999", "1.00001", "1E+100", "1E-100", "123.456", "Infinity", "0"]:
    print("ln", s, D(s).ln(), "log10", D(s).log10())
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10())
with localcontext(prec=5):
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10())
for x, y in [("2", "0.5"), ("4", "0.5"), ("10", "-2"), ("2", "100"), ("1.5", "2.5"), ("9", "1.5"),
             ("0.5", "-3"), ("-8", "3"), ("-2", "-2"), ("2", "1E+3"), ("1.0001", "10000"),
             ("100", "0.25"), ("1", "123.456"), ("3", "-0.5"), ("0", "2"), ("0", "-2"),
             ("Infinity", "-1"), ("2", "Infinity"), ("0.5", "Infinity"), ("3.5", "-1500"),
             ("28", "-706"), ("-73.5", "-1E5"), ("10", "52935"), ("1.0", "2"), ("7", "-3")]:
    print("pow", x, y, D(x) ** D(y))
c3 = getcontext()
print(c3.power(D(3), 4, 7), c3.power(D(-3), 3, 10), c3.power(D(12345678), 100, 1000001), D(2).__pow__(10, 1000))
for x, q in [("1.23456", "0.01"), ("1.235", "1E-2"), ("-1.235", "0.01"), ("123.456", "1E+1"),
             ("1", "1.000"), ("2.5", "1"), ("3.5", "1"), ("0", "1E-5"), ("Infinity", "Infinity")]:
    print("quantize", x, q, D(x).quantize(D(q)), D(x).quantize(D(q), rounding=ROUND_DOWN),
          D(x).quantize(D(q), ROUND_CEILING))
for x, q in [("1E+30", "1E-10"), ("Infinity", "1"), ("1", "NaN")]:
    try:
        print(D(x).quantize(D(q)))
    except InvalidOperation as e:
        print("quantize", x, q, "InvalidOperation")
for s in ["2.5", "3.5", "-2.5", "1.7", "-1.7", "123.456E-1", "1E+5", "0.0", "-0.5"]:
    d = D(s)
    print("integral", s, d.to_integral_value(), d.to_integral(ROUND_UP), d.to_integral_exact(ROUND_FLOOR),
          round(d), round(d, 1), round(d, -1), int(d), d.__trunc__(), d.__floor__(), d.__ceil__())
for s in ["1200", "0.00", "-0.0", "1.500", "12.34E+5", "Infinity", "120E-2"]:
    print("normalize", s, D(s).normalize())
pairs = [("1", "2"), ("2", "1"), ("1.0", "1"), ("-0", "0"), ("NaN", "1"), ("1", "-Infinity"), ("-3", "2")]
for a, b in pairs:
    a, b = D(a), D(b)
    print("cmp", a, b, a.compare(b), a.max(b), a.min(b), a.max_mag(b), a.min_mag(b),
          a.compare_total(b), a.compare_total_mag(b), a.same_quantum(b))
print(D("1").compare_total(D("1.0")), D("-NaN").compare_total(D("-Infinity")), D("sNaN").compare_total(D("NaN")))
for a, b, c in [("2", "3", "4"), ("1.5", "-2", "0.25"), ("1E+30", "1E+30", "-1"), ("Infinity", "0", "1")]:
    try:
        print("fma", a, b, c, D(a).fma(D(b), D(c)))
    except InvalidOperation:
        print("fma", a, b, c, "InvalidOperation")
for a, b in [("7", "2"), ("7.5", "-3"), ("-1.5", "5"), ("1E+5", "-10")]:
    print("scaleb", a, b, D(a).scaleb(D(b)), D(a).remainder_near(D(b) if D(b) else 1), D(a).logb())
for a, b in [("10", "3"), ("10", "4"), ("10", "6"), ("-10", "3"), ("10.2", "1"), ("3.6", "1.3")]:
    print("remainder_near", a, b, D(a).remainder_near(D(b)), D(a) % D(b))
for s in ["1", "0", "-1", "1E-999999", "9.99E+999", "-Infinity"]:
    d = D(s)
    print("next", s, d.next_plus(), d.next_minus(), d.next_toward(0), d.next_toward(D("Infinity")))
for s in ["1", "-0", "0E-1000020", "1E-999999", "1E-1000000", "Infinity", "-Infinity", "NaN", "sNaN", "-5"]:
    d = D(s)
    print("class", s, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_signed(),
          d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_canonical())
d = D("-1.50")
print(d.copy_abs(), d.copy_negate(), d.copy_sign(1), D(2).copy_sign(D("-0")), d.canonical(),
      d.conjugate(), d.real, d.imag, d.radix(), complex(D("1.5")))
ctx = Context(prec=9)
for a, b in [("1101", "1011"), ("1", "0"), ("111", "1")]:
    print("logical", a, b, ctx.logical_and(D(a), D(b)), ctx.logical_or(D(a), D(b)),
          ctx.logical_xor(D(a), D(b)), ctx.logical_invert(D(a)))
for a, k in [("123456789", 2), ("123456789", -2), ("34", 8), ("34", -1), ("12", 0)]:
    print("shift", a, k, ctx.shift(D(a), k), ctx.rotate(D(a), k))
try:
    ctx.logical_and(D(12), D(1))
except InvalidOperation:
    print("InvalidOperation")
print(ctx.add(1, 2), ctx.subtract(D("1.5"), 3), ctx.multiply(3, 4), ctx.divide(1, 3), ctx.divide_int(7, 2),
      ctx.remainder(7, 2), ctx.divmod(7, 2), ctx.power(2, 10), ctx.power(3, 4, 5), ctx.sqrt(2), ctx.exp(1),
      ctx.ln(2), ctx.log10(2), ctx.abs(-3), ctx.minus(3), ctx.plus(D("1.23456789012")), ctx.fma(2, 3, 4),
      ctx.quantize(D("1.2345"), D("0.01")), ctx.to_integral_value(D("2.5")), ctx.normalize(D("1.20")),
      ctx.compare(1, 2), ctx.max(1, 2), ctx.min(1, 2), ctx.scaleb(1, 3), ctx.to_sci_string(D("1E+3")),
      ctx.to_eng_string(D("1E+4")), ctx.copy_sign(1, -2), ctx.is_zero(0), ctx.number_class(1),
      ctx.create_decimal("3.14159265358979"), ctx.create_decimal_from_float(0.1), ctx.Etiny())
try:
    ctx.add(1, 1.5)
except TypeError as e:
    print("TypeError", e)
with localcontext(prec=3):
    print(+D("1.23456"), -D("1.23456"), abs(D("-1.23456")), D("1.23456").__pos__(), D("9.999") + 0)
