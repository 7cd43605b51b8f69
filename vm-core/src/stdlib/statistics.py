"""Basic statistics of numeric data (ouro's statistics).

Averages (mean, fmean, median, median_low, median_high, mode, multimode)
and spread (pvariance, variance, pstdev, stdev). Sums are exact: every
value is turned into an exact ratio, so results are the correctly
rounded ones, in the type of the data (int, float, Fraction or Decimal).
"""

import math
from fractions import Fraction

__all__ = [
    'StatisticsError', 'fmean', 'mean', 'median', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # x as (numerator, denominator); a NaN or infinity as (x, None).
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(T, S):
    # The type a result has when the data mix types T and S.
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _exact_sums(data, squares):
    # (type, count, sum, sum of squares or None): the sums exact
    # Fractions, or a float NaN/infinity when the data hold one.
    T = int
    types = []
    count = 0
    sums = {}
    sq = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        if squares:
            sq[d] = sq.get(d, 0) + n * n
    for typ in types:
        T = _result_type(T, typ)
    if None in sums:
        special = sums[None]
        return T, count, special, special
    total = Fraction(0)
    for d, n in sums.items():
        total += Fraction(n, d)
    if not squares:
        return T, count, total, None
    total_sq = Fraction(0)
    for d, n in sq.items():
        total_sq += Fraction(n, d * d)
    return T, count, total, total_sq


def _is_decimal_type(T):
    for klass in T.__mro__:
        if klass.__name__ == 'Decimal' and klass.__module__ == 'decimal':
            return True
    return False


def _as_type(value, T):
    # An exact result given back in the data's type (a Decimal as the
    # quotient of its numerator and denominator, rounded once).
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _deviations(data, center):
    # (type, count, sum of squared deviations from the mean or `center`).
    if center is not None:
        T, n, ss, _ = _exact_sums(((x - center) * (x - center) for x in data), False)
        return T, n, ss
    T, n, sx, sxx = _exact_sums(data, True)
    if not n:
        return T, n, Fraction(0)
    if not isinstance(sx, Fraction):
        return T, n, sx
    return T, n, (n * sxx - sx * sx) / n


def _sqrt_frac(num, den):
    # The correctly rounded float square root of num/den (ints, num >= 0):
    # a root of at least 55 bits, its last bit set when it is inexact, so
    # the division into a float rounds as the exact root would.
    shift = (num.bit_length() - den.bit_length() - 109) // 2
    if shift >= 0:
        q = den << (2 * shift)
        root = math.isqrt(num // q)
        if root * root * q != num:
            root |= 1
        return (root << shift) / 1
    n2 = num << (-2 * shift)
    root = math.isqrt(n2 // den)
    if root * root * den != n2:
        root |= 1
    return root / (1 << -shift)


def _sqrt_of(value):
    return _sqrt_frac(value.numerator, value.denominator)


def _root(value, T):
    # The square root of the Fraction value: a Decimal for Decimal data
    # (the ratio's root at the context's precision), else a float.
    if not _is_decimal_type(T):
        return _sqrt_of(value)
    import decimal
    if not value:
        return T('0.0')
    with decimal.localcontext() as ctx:
        ctx.prec += 12
        root = (T(value.numerator) / T(value.denominator)).sqrt()
    return +root


def mean(data):
    """The arithmetic mean of `data`, exactly computed, in its type."""
    T, n, total, _ = _exact_sums(data, False)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, T)


def fmean(data, weights=None):
    """The mean of `data` as a float (faster than mean()), weighted when
    `weights` is given."""
    if weights is None:
        items = list(data)
        total = math.fsum(items)
        if not items:
            raise StatisticsError('fmean requires at least one data point')
        return total / len(items)
    items = list(data)
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(items, weights)])
    if len(items) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    """The middle value of `data`, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value of `data`, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of `data`, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of `data` (the first seen, on a tie)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    top = 0
    for value, c in counts.items():
        if c > top:
            best = value
            top = c
    return best


def multimode(data):
    """The most common values of `data`, in the order first seen."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def pvariance(data, mu=None):
    """The population variance of `data` (about `mu`, when given)."""
    T, n, ss = _deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, T)


def variance(data, xbar=None):
    """The sample variance of `data` (about `xbar`, when given)."""
    T, n, ss = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation of `data`, as a float."""
    T, n, ss = _deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation of `data`, as a float."""
    T, n, ss = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(ss / (n - 1), T)
