# decimal: small programs of the kind real scripts run (digit sums of
# square roots, pi by Machin's formula, money arithmetic).
from decimal import Decimal, Context, getcontext, localcontext, ROUND_HALF_UP

# Sum of the first 100 decimal digits of the irrational square roots below 100.
ctx = Context(prec=105)
total = 0
for n in range(2, 100):
    root = Decimal(n).sqrt(ctx)
    text = str(root)
    if len(text) > 1:
        digits = text.replace(".", "")[:100]
        total += sum(int(ch) for ch in digits)
print("digit sum", total)


def arctan_inverse(x, prec):
    """arctan(1/x) by its Taylor series."""
    with localcontext(prec=prec + 5):
        x = Decimal(x)
        power = 1 / x
        x2 = x * x
        result = power
        k = 1
        eps = Decimal(10) ** -(prec + 3)
        while power > eps:
            power /= x2
            term = power / (2 * k + 1)
            result += -term if k % 2 else term
            k += 1
        return +result


with localcontext(prec=60):
    pi = 4 * (4 * arctan_inverse(5, 60) - arctan_inverse(239, 60))
    print("pi", +pi)
    print("sin-free check", (pi / 4).quantize(Decimal("1E-50")))

# Money: an amortisation table rounded to cents.
cent = Decimal("0.01")
principal = Decimal("250000.00")
rate = Decimal("0.045") / 12
months = 360
payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(cent, ROUND_HALF_UP)
print("payment", payment)
balance = principal
paid_interest = Decimal(0)
for month in range(1, months + 1):
    interest = (balance * rate).quantize(cent, ROUND_HALF_UP)
    paid_interest += interest
    balance = balance + interest - payment
    if month in (1, 12, 120, 359, 360):
        print(month, interest, f"{balance:,.2f}")
print("interest", f"{paid_interest:,}", "flags", [k.__name__ for k, v in getcontext().flags.items() if v])
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("3.333")]
print(sum(prices), sum(prices) / len(prices), max(prices), sorted(prices, reverse=True))
print(f"{sum(prices) * Decimal('1.0825'):.2f}", round(Decimal("2.675"), 2), round(2.675, 2))
