# decimal: arithmetic under every rounding mode and several precisions,
# with the flags each operation sets (seeded random operands).
import random
from decimal import (Decimal, Context, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
random.seed(80)


def number():
    r = random.random()
    if r < 0.04:
        return random.choice(["Inf", "-Inf", "NaN", "0", "-0", "0E+3", "0E-5"])
    digits = str(random.randrange(10 ** random.choice([1, 2, 3, 6, 12, 25, 35])))
    exp = random.choice([0, 0, -1, -2, 3, random.randint(-30, 30)])
    return random.choice(["", "-"]) + digits + "E" + str(exp)


def flags(ctx):
    return ",".join(k.__name__ for k, v in ctx.flags.items() if v)


ops = [
    ("add", lambda c, a, b: c.add(a, b)),
    ("sub", lambda c, a, b: c.subtract(a, b)),
    ("mul", lambda c, a, b: c.multiply(a, b)),
    ("div", lambda c, a, b: c.divide(a, b)),
    ("divint", lambda c, a, b: c.divide_int(a, b)),
    ("rem", lambda c, a, b: c.remainder(a, b)),
    ("remnear", lambda c, a, b: c.remainder_near(a, b)),
    ("divmod", lambda c, a, b: c.divmod(a, b)),
    ("quantize", lambda c, a, b: c.quantize(a, Decimal("1E" + str(b.adjusted() % 7 - 3)))),
    ("sqrt", lambda c, a, b: c.sqrt(a.copy_abs())),
    ("plus", lambda c, a, b: c.plus(a)),
    ("fma", lambda c, a, b: c.fma(a, b, Decimal(7))),
    ("powint", lambda c, a, b: c.power(a, b.adjusted() % 9 - 4)),
]
for i in range(700):
    name, op = ops[i % len(ops)]
    prec = random.choice([1, 3, 5, 9, 16, 28])
    rounding = random.choice(ROUNDINGS)
    emax = random.choice([999999, 50])
    ctx = Context(prec=prec, rounding=rounding, Emin=-emax, Emax=emax, traps=[])
    a, b = Decimal(number()), Decimal(number())
    try:
        r = op(ctx, a, b)
    except Exception as e:
        r = type(e).__name__
    print(name, prec, rounding, a, b, r, flags(ctx))

# The operators use the current context.
x, y = Decimal("1.10"), Decimal("3")
print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), x ** 2, -x, +x, abs(-x))
print(7 + x, 7 - x, 7 * x, 7 / y, 7 // y, 7 % y, divmod(7, y), 2 ** Decimal(10))
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), -7 // 2, -7 % 2)
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal(10) ** -3, Decimal("1.0") ** -1)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1E+2") + Decimal("1E-2"), Decimal("1.30") + Decimal("1.20"))
print(Decimal("12345678901234567890.12345678901") * 3, Decimal(2) ** 100, Decimal("1.1") ** 100)
print(Decimal("1E+999999") * 10 if False else "", Decimal(1).__add__(1.5), Decimal(1).__radd__("x"))
for bad in ["Decimal(1) + 1.5", "1.5 * Decimal(1)", "Decimal(1) + 'x'", "Decimal(1) + None"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e.__class__.__name__)
total = Decimal(0)
for k in range(1, 200):
    total += Decimal(1) / k
print(total, sum(Decimal(k) / 8 for k in range(10)))
