"""pi, sine, cosine and arctangent in `decimal`, to the current context's
precision (pi itself to 420 digits), for the generators of ouro's
trigonometric tables and test cases (gen_ftrig_tables.py,
gen_fmath_cases.py)."""
from decimal import Decimal, getcontext, localcontext


def _epsilon():
    return Decimal(10) ** -(getcontext().prec + 2)


def _atan_series(x):
    """atan(x) by its series, for small |x|."""
    total = term = x
    k = 1
    while abs(term) > _epsilon():
        term *= -x * x
        k += 2
        total += term / k
    return total


def _arctan_inv(n):
    """atan(1/n)."""
    return _atan_series(Decimal(1) / n)


with localcontext() as _ctx:
    _ctx.prec = 420
    PI = 4 * (4 * _arctan_inv(5) - _arctan_inv(239))


def sin_cos(x):
    """sin and cos of x (reduced by pi/2, so |x| up to about 10**300 at
    the 420 digits of pi)."""
    k = (x / (PI / 2)).to_integral_value()
    r = x - k * PI / 2
    s = c = Decimal(0)
    term = Decimal(1)
    n = 0
    while abs(term) > _epsilon() or n < 2:
        if n % 2 == 0:
            c += term * (-1) ** (n // 2)
        else:
            s += term * (-1) ** (n // 2)
        n += 1
        term = term * r / n
    return [(s, c), (c, -s), (-s, -c), (-c, s)][int(k) % 4]


def atan(x):
    """atan(x): the odd symmetry, atan(x) = pi/2 - atan(1/x) above 1,
    halvings of the argument, then the series."""
    if x < 0:
        return -atan(-x)
    if x > 1:
        return PI / 2 - atan(1 / x)
    halvings = 0
    while x > Decimal("0.05"):
        x = x / (1 + (1 + x * x).sqrt())
        halvings += 1
    return _atan_series(x) * 2**halvings
