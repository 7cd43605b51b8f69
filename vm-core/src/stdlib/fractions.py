"""Rational numbers, written for ouro.

Fraction(numerator, denominator) keeps an int numerator and a positive
int denominator in lowest terms. It takes ints, Fractions, floats, and
strings such as '3/7', '-1.25' or '1e-3'; arithmetic with ints and
Fractions stays exact, arithmetic with a float gives a float and with a
complex a complex, as in CPython 3.11. (There is no `numbers` module in
ouro: the rationals Fraction accepts are ints and Fractions.)
"""

import math

__all__ = ["Fraction"]

# sys.hash_info.modulus and .inf on 64-bit builds.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_decimal(x):
    """Whether x is a decimal.Decimal (without importing decimal)."""
    for klass in type(x).__mro__:
        if klass.__name__ == 'Decimal' and klass.__module__ == 'decimal':
            return True
    return False


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _parse_digits(s):
    """The int of `\\d+(_\\d+)*`, or None when s is not of that form."""
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return None
    for ch in s:
        if ch != '_' and not ch.isdecimal():
            return None
    return int(s)


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0].isdecimal() or (s[0] == '.' and s[1:2].isdecimal())):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        n = _parse_digits(num)
        d = _parse_digits(den)
        if n is None or d is None:
            return None
        return sign * n, d
    exp = 0
    for mark in ('e', 'E'):
        if mark in s:
            s, _, e = s.partition(mark)
            esign = 1
            if e[:1] in ('+', '-'):
                if e[0] == '-':
                    esign = -1
                e = e[1:]
            ev = _parse_digits(e)
            if ev is None:
                return None
            exp = esign * ev
            break
    whole, dot, frac = s.partition('.')
    if whole:
        n = _parse_digits(whole)
        if n is None:
            return None
    else:
        n = 0
    d = 1
    if dot and frac:
        f = _parse_digits(frac)
        if f is None:
            return None
        scale = 10 ** len(frac.replace('_', ''))
        n = n * scale + f
        d = scale
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('0.75'),
    Fraction(0.75), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, (int, Fraction)):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal (or int) dec."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most
        max_denominator (continued-fraction convergents, then the better
        of the last convergent and semiconvergent)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The semiconvergent wins when it is strictly closer.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: exact between rationals, float with a float, complex
    # with a complex; anything else is NotImplemented.
    def _forward(a, b, op, fop):
        if isinstance(b, (int, Fraction)):
            return op(a, b)
        if isinstance(b, float):
            return fop(float(a), b)
        if isinstance(b, complex):
            return fop(complex(a), b)
        return NotImplemented

    def _reverse(b, a, op, fop):
        if isinstance(a, (int, Fraction)):
            return op(Fraction(a), b)
        if isinstance(a, float):
            return fop(a, float(b))
        if isinstance(a, complex):
            return fop(a, complex(b))
        return NotImplemented

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        return a._forward(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._reverse(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._forward(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._reverse(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._forward(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._reverse(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._forward(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._reverse(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._forward(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._reverse(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._forward(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._forward(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._reverse(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            # Exactly half way: round to even.
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# A Fraction is a numbers.Rational (registered, where numbers is built in).
try:
    import numbers as _numbers
except ImportError:
    pass
else:
    _numbers.Rational.register(Fraction)
