# decimal: contexts, flags, traps, the signal classes and their messages.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Subnormal, Overflow, Underflow, Clamped, FloatOperation,
                     DecimalException, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, ROUND_HALF_UP, ROUND_DOWN, ROUND_05UP)

print(getcontext())
print(getcontext().flags)
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print([r for r in dir(decimal) if r.startswith("ROUND_")])
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))

for expr in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) % 0", "Decimal(0) % 0",
             "divmod(Decimal(1), 0)", "Decimal(1) // 0", "Decimal('nan') < 1",
             "Decimal('snan') + 1", "Decimal('abc')", "Decimal('1e999999') * 10",
             "Decimal(-1).sqrt()", "Decimal(0) ** 0", "Decimal('inf') - Decimal('inf')",
             "Decimal(10) ** 1000000", "Decimal('1e-999999') / 10", "Decimal(1).quantize(Decimal('1e-30'))",
             "Decimal(10 ** 30) // 3", "Decimal('snan') == 1", "hash(Decimal('snan'))",
             "int(Decimal('nan'))", "int(Decimal('-inf'))", "float(Decimal('snan'))"]:
    getcontext().clear_flags()
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e, e.args)
    print("   ", [s.__name__ for s, v in getcontext().flags.items() if v])

# No traps: results and flags.
c = Context(prec=5, traps=[])
print(c)
for expr in ["c.divide(1, 0)", "c.divide(0, 0)", "c.sqrt(-4)", "c.create_decimal('12345678')",
             "c.create_decimal('1e-999999')", "c.multiply(Decimal('9E+999999'), 10)",
             "c.power(Decimal(2), Decimal('0.5'))", "c.add(Decimal('1e-1000002'), 0)",
             "c.create_decimal(' 1')", "c.create_decimal('1_0')", "c.create_decimal(0.1)"]:
    c.clear_flags()
    print(expr, repr(eval(expr)), [s.__name__ for s, v in c.flags.items() if v])

# Trapping Inexact and Rounded; several trapped conditions in one message.
t = Context(prec=3, traps=[Inexact, Rounded])
try:
    t.add(Decimal("1.234"), 0)
except Inexact as e:
    print(type(e).__name__, e)
t = Context(prec=3, traps=[Rounded])
try:
    t.add(Decimal("1.000"), 0)
except Rounded as e:
    print(type(e).__name__, e)
t = Context(Emin=-10, Emax=10, traps=[Underflow, Subnormal, Clamped])
for v in ["1e-12", "1e-40"]:
    try:
        t.plus(Decimal(v))
    except DecimalException as e:
        print(type(e).__name__, e)

# Float operations: flagged; trapped only when asked.
getcontext().clear_flags()
print(Decimal(0.5) == 0.5, Decimal("0.1") == 0.1, Decimal(1) < 1.5, getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
print(Decimal(1) == 1.0)
for expr in ["Decimal(0.5)", "Decimal(1) < 1.5"]:
    try:
        eval(expr)
    except FloatOperation as e:
        print(expr, type(e).__name__, e)
getcontext().traps[FloatOperation] = False

# Context attributes, copies, Etiny/Etop, validation.
c = Context(prec=10, rounding=ROUND_HALF_UP, Emin=-100, Emax=100, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c, c.Etiny(), c.Etop())
d = c.copy()
d.prec = 3
print(c.prec, d.prec, d.flags[Inexact], d.traps[Overflow])
c.clear_flags()
c.clear_traps()
print(c)
for attr, value in [("prec", 0), ("prec", "x"), ("Emax", -1), ("Emin", 1), ("capitals", 2),
                    ("clamp", 5), ("rounding", "UP")]:
    try:
        setattr(c, attr, value)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__)
try:
    c.flags[42] = True
except KeyError as e:
    print("KeyError")

# localcontext and setcontext.
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext().prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=12, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.rounding)
with localcontext(Context(prec=4)):
    print(Decimal(2).sqrt())
try:
    with localcontext(foo=1):
        pass
except TypeError as e:
    print("TypeError")
saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0, Decimal(0) / 0)
setcontext(saved)
print(getcontext() is saved)
new = Context(prec=6)
setcontext(new)
print(getcontext() is new, Decimal(1) / 3)
setcontext(saved)
getcontext().prec = 28
print(Decimal(1) / 3)
# Decimal(x, context) reports syntax errors through that context.
print(repr(Decimal("junk", Context(traps=[]))))
# An uncaught signal ends the program.
getcontext().clear_flags()
print(Decimal(5) / 0)
