"""Decimal fixed- and floating-point arithmetic, written for ouro.

A Decimal is a sign, an int coefficient and an int exponent (its value is
(-1)**sign * coefficient * 10**exponent), or one of the special values
Infinity, NaN and sNaN (a NaN's coefficient is its diagnostic payload).
Results are rounded to a Context (precision, rounding mode, exponent
limits) following the General Decimal Arithmetic specification; the
conditions an operation meets set the context's flags and raise the
signals the context traps, as in CPython 3.11's decimal module.
"""

import math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order flags and traps list them.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)

# The order a context's repr lists them in (libmpdec's flag bits).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)

# The conditions that are reported as InvalidOperation.
_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext)


def _signal_of(cond):
    if cond in _CONDITIONS:
        return InvalidOperation
    return cond


# ------------------------------------------------------------ DecimalTuple

try:
    from collections import namedtuple as _namedtuple
    DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')
except ImportError:
    DecimalTuple = lambda *args: args


# --------------------------------------------------------------- helpers

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3

# sys.hash_info on 64-bit builds.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _ndigits(c):
    """The number of decimal digits of the int c >= 0 (1 for 0)."""
    if c < 1 << 64:
        return len(str(c))
    # a lower bound from the bit length (1233 / 4096 < log10(2)), then up
    d = ((c.bit_length() - 1) * 1233 >> 12) + 1
    while c >= 10 ** d:
        d += 1
    return d


def _isqrt(n):
    return math.isqrt(n)


def _round_int(c, n, sign, rounding):
    """c (>= 0) with its n (> 0) lowest digits dropped under `rounding`:
    (quotient, inexact)."""
    if n > 2 and c < 10 ** (n - 2):
        # Only the nonzero-ness of c matters below the rounding digit.
        if c == 0:
            return 0, False
        c = 1
        n = 2
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    up = False
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        up = r > h or (r == h and (q & 1))
    elif rounding == ROUND_HALF_UP:
        up = r >= (p >> 1)
    elif rounding == ROUND_HALF_DOWN:
        up = r > (p >> 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_05UP:
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


def _new(sign, coeff, exp, kind=_FINITE, cls=None):
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 0, _NAN)


def _inf(sign):
    return _new(sign, 0, 0, _INF)


def _fix(sign, c, e, ctx, sig, rounding=None):
    """The finite value (-1)**sign * c * 10**e rounded to ctx; the
    conditions met are appended to sig."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if rounding is None:
        rounding = ctx.rounding
    if c == 0:
        top = etop if ctx.clamp else emax
        if e > top:
            e = top
            sig.append(Clamped)
        elif e < etiny:
            e = etiny
            sig.append(Clamped)
        return _new(sign, 0, e)
    n = _ndigits(c)
    adj = e + n - 1
    if adj > emax:
        return _overflow(sign, ctx, sig, rounding)
    subnormal = adj < emin
    target = adj - prec + 1
    if target < etiny:
        target = etiny
    if e < target:
        c, inexact = _round_int(c, target - e, sign, rounding)
        e = target
        if c and _ndigits(c) > prec:
            c //= 10
            e += 1
        if c and e + _ndigits(c) - 1 > emax:
            return _overflow(sign, ctx, sig, rounding)
        if subnormal:
            sig.append(Subnormal)
            if inexact:
                sig.append(Underflow)
        if inexact:
            sig.append(Inexact)
        sig.append(Rounded)
        if c == 0:
            sig.append(Clamped)
    elif subnormal:
        sig.append(Subnormal)
    if ctx.clamp and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        sig.append(Clamped)
    return _new(sign, c, e)


def _overflow(sign, ctx, sig, rounding):
    sig.append(Overflow)
    sig.append(Inexact)
    sig.append(Rounded)
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign)
            or (rounding == ROUND_FLOOR and sign)):
        return _inf(sign)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix_nan(d, ctx):
    """A quiet NaN's payload cut to its last digits the context allows."""
    room = ctx.prec - ctx.clamp
    if d._int and _ndigits(d._int) > room:
        return _nan(d._sign, d._int % 10 ** room if room > 0 else 0)
    return d


def _finish(ctx, sig, result):
    if sig:
        ctx._signal(sig)
    return result


def _invalid(ctx, cond=InvalidOperation):
    ctx._signal([cond])
    return _nan()


def _check_nans(a, b, ctx, sig):
    """The NaN result of an operation on a and b (b may be None), or None."""
    if a._kind >= _NAN or (b is not None and b._kind >= _NAN):
        if a._kind == _SNAN:
            sig.append(InvalidOperation)
            return _fix_nan(_new(a._sign, a._int, 0, _NAN), ctx)
        if b is not None and b._kind == _SNAN:
            sig.append(InvalidOperation)
            return _fix_nan(_new(b._sign, b._int, 0, _NAN), ctx)
        if a._kind == _NAN:
            return _fix_nan(a, ctx)
        return _fix_nan(b, ctx)
    return None


def _convert(x):
    """x as a Decimal for the arithmetic operators, or NotImplemented."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return NotImplemented


def _convert_strict(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(x).__name__)


def _from_int(n):
    n = int(n)
    if n < 0:
        return _new(1, -n, 0)
    return _new(0, n, 0)


def _operator_pair(name, compute):
    """The methods `__name__` and `__rname__` of an arithmetic operator:
    compute(a, b, ctx, sig) is the result of `a op b` (both Decimals)."""
    def forward(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        sig = []
        return _finish(ctx, sig, compute(self, other, ctx, sig))

    def reflected(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return forward(other, self, context)

    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    forward.__qualname__ = 'Decimal.' + forward.__name__
    reflected.__qualname__ = 'Decimal.' + reflected.__name__
    return forward, reflected


def _ctx(context):
    if context is None:
        return _current[0]
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _parse(s):
    """(sign, coeff, exp, kind) of a numeric string, or None."""
    s = s.strip().replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isdecimal() and not ch.isascii():
                chars.append(str(int(ch)))
            else:
                chars.append(ch)
        s = ''.join(chars)
        if not s.isascii():
            return None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if low.startswith('nan') or low.startswith('snan'):
        kind = _NAN
        rest = low[3:]
        if low[0] == 's':
            kind = _SNAN
            rest = low[4:]
        if rest == '':
            return sign, 0, 0, kind
        if not rest.isdigit():
            return None
        return sign, int(rest), 0, kind
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if es[:1] in ('+', '-'):
            digits = es[1:]
        else:
            digits = es
        if not digits or not digits.isdigit():
            return None
        exp = int(es)
    whole, dot, frac = low.partition('.')
    if not whole and not frac:
        return None
    if (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    coeff = int(whole + frac) if (whole or frac) else 0
    return sign, coeff, exp - len(frac), _FINITE


def _from_float(f, cls=None):
    if isinstance(f, int):
        d = _from_int(f)
    elif isinstance(f, float):
        if f != f:
            d = _nan(1 if math.copysign(1.0, f) < 0 else 0)
        elif f in (math.inf, -math.inf):
            d = _inf(1 if f < 0 else 0)
        else:
            sign = 1 if math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
    else:
        raise TypeError('argument must be int or float')
    if cls is None or cls is Decimal:
        return d
    return cls(d)


def _cmp(a, b):
    """-1, 0 or 1 as a <, == or > b (neither is a NaN)."""
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-1 if a._sign else 1)
        bv = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if av == bv:
            return 0
        if a._kind == _INF and b._kind == _INF:
            return -1 if av < bv else 1
        if a._kind == _INF:
            return av
        return -bv
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aadj = a._exp + _ndigits(a._int)
    badj = b._exp + _ndigits(b._int)
    if aadj != badj:
        return s if aadj > badj else -s
    ac = a._int
    bc = b._int
    if a._exp > b._exp:
        ac *= 10 ** (a._exp - b._exp)
    else:
        bc *= 10 ** (b._exp - a._exp)
    if ac == bc:
        return 0
    return s if ac > bc else -s


def _cmp_total(a, b):
    """The total ordering of the specification's compare-total."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ka = (0, 0, 2, 1)[a._kind]
    kb = (0, 0, 2, 1)[b._kind]
    if a._kind >= _NAN or b._kind >= _NAN:
        if ka != kb:
            return s if ka > kb else -s
        if a._int != b._int:
            return s if a._int > b._int else -s
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._kind == _INF:
        return 0
    if a._exp != b._exp:
        return s if a._exp > b._exp else -s
    return 0


# ---------------------------------------------------------------- Decimal

class Decimal:
    """A decimal floating-point number: Decimal('3.14'), Decimal(7),
    Decimal(0.1) (exact), Decimal((0, (1, 4), -1))."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            return _new(value._sign, value._int, value._exp, value._kind, cls)
        if isinstance(value, int):
            value = int(value)
            if value < 0:
                return _new(1, -value, 0, _FINITE, cls)
            return _new(0, value, 0, _FINITE, cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                ctx._signal([ConversionSyntax])
                return _new(0, 0, 0, _NAN, cls)
            return _new(parsed[0], parsed[1], parsed[2], parsed[3], cls)
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._signal([FloatOperation])
            d = _from_float(value)
            return _new(d._sign, d._int, d._exp, d._kind, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        return _from_float(f, cls)

    # -------------------------------------------------- text

    def __str__(self):
        return self._to_str(_current[0].capitals)

    def _to_str(self, capitals, eng=False):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind >= _NAN:
            text = 'sNaN' if self._kind == _SNAN else 'NaN'
            if self._int:
                text += str(self._int)
            return sign + text
        digits = str(self._int)
        n = len(digits)
        left = self._exp + n
        # `dot`: how many digits stand before the decimal point.
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif not self._int:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * (-dot) + digits
        elif dot >= n:
            body = digits + '0' * (dot - n)
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left == dot:
            return sign + body
        return sign + body + ('E' if capitals else 'e') + '%+d' % (left - dot)

    def __repr__(self):
        return "Decimal('%s')" % self

    def to_eng_string(self, context=None):
        """The value in engineering notation (exponents multiples of 3)."""
        return self._to_str(_ctx(context).capitals, True)

    # -------------------------------------------------- predicates

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind != _FINITE or not self._int:
            return False
        return self.adjusted() >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or not self._int:
            return False
        return self.adjusted() < _ctx(context).Emin

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        s = '-' if self._sign else '+'
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        if self._kind == _INF:
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= _NAN:
            digits = tuple(int(ch) for ch in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, 'N' if self._kind == _SNAN else 'n')
        return DecimalTuple(self._sign, tuple(int(ch) for ch in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._kind >= _NAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** (-self._exp)
            g = math.gcd(n, d)
            n //= g
            d //= g
        if self._sign:
            n = -n
        return n, d

    # -------------------------------------------------- conversions

    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    def _integral(self, rounding):
        if self._kind >= _NAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_int(self._int, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._integral(ROUND_DOWN)

    def __trunc__(self):
        return self._integral(ROUND_DOWN)

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __float__(self):
        if self._kind >= _NAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return -math.nan if self._sign else math.nan
        if self._kind == _INF:
            return -math.inf if self._sign else math.inf
        return float(self._to_str(True))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._kind >= _NAN:
            if self._kind == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -------------------------------------------------- comparisons

    def _compare_operand(self, other, ordering):
        if isinstance(other, (Decimal, int)):
            return _convert(other)
        if isinstance(other, float):
            ctx = _current[0]
            if ordering:
                ctx._signal([FloatOperation])
            else:
                ctx._flag_only(FloatOperation)
            return _from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            _current[0]._flag_only(FloatOperation)
            return _from_float(other.real)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') \
                and isinstance(getattr(other, 'denominator'), int):
            return other
        return NotImplemented

    def _rational_cmp(self, other):
        """-1, 0, 1 comparing finite-or-infinite self with a Fraction."""
        if self._kind == _INF:
            return -1 if self._sign else 1
        num = other.numerator
        den = other.denominator
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** (-self._exp)
        if self._sign:
            n = -n
        left = n * den
        right = num * d
        return (left > right) - (left < right)

    def __eq__(self, other):
        o = self._compare_operand(other, False)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            if self._kind >= _NAN:
                return False
            return self._rational_cmp(o) == 0
        if self._kind >= _NAN or o._kind >= _NAN:
            if self._kind == _SNAN or o._kind == _SNAN:
                _current[0]._signal([InvalidOperation])
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        o = self._compare_operand(other, True)
        if o is NotImplemented:
            return None
        if not isinstance(o, Decimal):
            if self._kind >= _NAN:
                _current[0]._signal([InvalidOperation])
                return 2
            return self._rational_cmp(o)
        if self._kind >= _NAN or o._kind >= _NAN:
            _current[0]._signal([InvalidOperation])
            return 2
        return _cmp(self, o)

    def __lt__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c in (-1, 0)

    def __gt__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c in (0, 1)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN for a NaN operand."""
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _convert_strict(other)
        if self._kind >= _NAN or other._kind >= _NAN:
            sig = [InvalidOperation]
            return _finish(ctx, sig, _nan())
        return _from_int(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        return _from_int(_cmp_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        return _from_int(_cmp_total(self.copy_abs(), other.copy_abs()))

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def _minmax(self, other, context, want, mag):
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        if self._kind >= _NAN or other._kind >= _NAN:
            if self._kind == _SNAN or other._kind == _SNAN or \
                    (self._kind >= _NAN and other._kind >= _NAN):
                return _finish(ctx, sig, _check_nans(self, other, ctx, sig))
            pick = other if self._kind >= _NAN else self
            return _finish(ctx, sig, pick._round(ctx, sig))
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = _cmp(a, b)
        if c == 0:
            if mag:
                c = _cmp_total(self, other)
            else:
                c = _cmp_total(self, other)
        pick = self if c == want or c == 0 else other
        return _finish(ctx, sig, pick._round(ctx, sig))

    def max(self, other, context=None):
        return self._minmax(other, context, 1, False)

    def min(self, other, context=None):
        return self._minmax(other, context, -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, -1, True)

    # -------------------------------------------------- copies

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _new(other._sign, self._int, self._exp, self._kind)

    # -------------------------------------------------- rounding

    def _round(self, ctx, sig):
        """self rounded to ctx (a finite or infinite value)."""
        if self._kind != _FINITE:
            if self._kind >= _NAN:
                return _fix_nan(self, ctx)
            return self
        return _fix(self._sign, self._int, self._exp, ctx, sig)

    def _unary(self, context, sign):
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            return _inf(sign)
        if not self._int:
            sign = 1 if (sign and ctx.rounding == ROUND_FLOOR) else 0
        return _finish(ctx, sig, _fix(sign, self._int, self._exp, ctx, sig))

    def __pos__(self, context=None):
        return self._unary(context, self._sign)

    def __neg__(self, context=None):
        return self._unary(context, 1 - self._sign)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(context, 0)

    def normalize(self, context=None):
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            return self
        d = _fix(self._sign, self._int, self._exp, ctx, sig)
        if d._kind != _FINITE:
            return _finish(ctx, sig, d)
        if not d._int:
            return _finish(ctx, sig, _new(d._sign, 0, 0))
        c, e = d._int, d._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _finish(ctx, sig, _new(d._sign, c, e))

    def _rescale(self, exp, rounding):
        """self (finite) with exponent exp: (Decimal, inexact)."""
        if exp <= self._exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        c, inexact = _round_int(self._int, exp - self._exp, self._sign, rounding)
        return _new(self._sign, c, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _ctx(context)
        exp = _convert_strict(exp)
        if rounding is None:
            rounding = ctx.rounding
        sig = []
        n = _check_nans(self, exp, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return self
            return _invalid(ctx)
        e = exp._exp
        if e > ctx.Emax or e < ctx.Emin - ctx.prec + 1:
            return _invalid(ctx)
        if not self._int:
            return _finish(ctx, sig, _fix(self._sign, 0, e, ctx, sig))
        d, inexact = self._rescale(e, rounding)
        if _ndigits(d._int) > ctx.prec or (d._int and d.adjusted() > ctx.Emax):
            return _invalid(ctx)
        if d._int and d.adjusted() < ctx.Emin:
            sig.append(Subnormal)
        if e > self._exp:
            if inexact:
                sig.append(Inexact)
            sig.append(Rounded)
        return _finish(ctx, sig, _fix(d._sign, d._int, d._exp, ctx, sig))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx.rounding
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF or self._exp >= 0:
            return self
        return self._rescale(0, rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx.rounding
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF or self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        d, inexact = self._rescale(0, rounding)
        if inexact:
            sig.append(Inexact)
        sig.append(Rounded)
        return _finish(ctx, sig, d)

    # -------------------------------------------------- arithmetic

    def _add(self, other, ctx, sig, negate_other=False):
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return n
        osign = other._sign ^ 1 if negate_other else other._sign
        if self._kind == _INF or other._kind == _INF:
            if self._kind == _INF and other._kind == _INF:
                if self._sign != osign:
                    sig.append(InvalidOperation)
                    return _nan()
                return _inf(self._sign)
            if self._kind == _INF:
                return _inf(self._sign)
            return _inf(osign)
        ac, ae, asg = self._int, self._exp, self._sign
        bc, be, bsg = other._int, other._exp, osign
        prec = ctx.prec
        if not ac or not bc:
            e = ae if ae < be else be
            if not ac and not bc:
                if asg == bsg:
                    sign = asg
                else:
                    sign = 1 if ctx.rounding == ROUND_FLOOR else 0
                return _fix(sign, 0, e, ctx, sig)
            if not ac:
                ac, ae, asg, bc, be, bsg = bc, be, bsg, ac, ae, asg
            # ac != 0, bc == 0: ac keeps its value at the lower exponent,
            # as far as the precision allows.
            nd = _ndigits(ac)
            if nd + (ae - e) > prec:
                # only zeros are dropped
                sig.append(Rounded)
                floor_e = ae + nd - prec
                e = floor_e if floor_e < ae else ae
            return _fix(asg, ac * 10 ** (ae - e), e, ctx, sig)
        # Bring an operand far below the other's last digit and the
        # rounding point up to a sticky digit.
        if ae < be:
            ac, ae, asg, bc, be, bsg = bc, be, bsg, ac, ae, asg
        # now ae >= be
        if ae - be > prec + 3:
            aadj = ae + _ndigits(ac) - 1
            badj = be + _ndigits(bc) - 1
            limit = ae if ae < aadj - prec - 1 else aadj - prec - 1
            if badj < limit - 1:
                bc = 1
                be = limit - 2
        av = ac * 10 ** (ae - be)
        if asg:
            av = -av
        bv = -bc if bsg else bc
        s = av + bv
        if s == 0:
            sign = 1 if (asg and bsg) or (asg != bsg and ctx.rounding == ROUND_FLOOR) else 0
            return _fix(sign, 0, be, ctx, sig)
        if s < 0:
            return _fix(1, -s, be, ctx, sig)
        return _fix(0, s, be, ctx, sig)

    __add__, __radd__ = _operator_pair(
        'add', lambda a, b, ctx, sig: a._add(b, ctx, sig))

    __sub__, __rsub__ = _operator_pair(
        'sub', lambda a, b, ctx, sig: a._add(b, ctx, sig, True))

    def _mul(self, other, ctx, sig):
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return n
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if (self._kind == _FINITE and not self._int) or \
                    (other._kind == _FINITE and not other._int):
                sig.append(InvalidOperation)
                return _nan()
            return _inf(sign)
        return _fix(sign, self._int * other._int, self._exp + other._exp, ctx, sig)

    __mul__, __rmul__ = _operator_pair(
        'mul', lambda a, b, ctx, sig: a._mul(b, ctx, sig))

    def _div(self, other, ctx, sig):
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return n
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if self._kind == _INF and other._kind == _INF:
                sig.append(InvalidOperation)
                return _nan()
            if self._kind == _INF:
                return _inf(sign)
            sig.append(Clamped)
            return _new(sign, 0, ctx.Emin - ctx.prec + 1)
        if not other._int:
            if not self._int:
                sig.append(DivisionUndefined)
                return _nan()
            sig.append(DivisionByZero)
            return _inf(sign)
        return _divide(sign, self._int, self._exp, other._int, other._exp, ctx, sig)

    __truediv__, __rtruediv__ = _operator_pair(
        'truediv', lambda a, b, ctx, sig: a._div(b, ctx, sig))

    def _divmod(self, other, ctx, sig, want):
        """want: 0 quotient, 1 remainder, 2 both."""
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return n, n
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                sig.append(InvalidOperation)
                return _nan(), _nan()
            if want == 1:
                sig.append(InvalidOperation)
                return _nan(), _nan()
            if want == 2:
                sig.append(InvalidOperation)
            return _inf(sign), _nan()
        if other._kind == _INF:
            if want == 0:
                return _new(sign, 0, 0), None
            return _new(sign, 0, 0), _fix(self._sign, self._int, self._exp, ctx, sig)
        if not other._int:
            if not self._int:
                sig.append(DivisionUndefined)
                return _nan(), _nan()
            if want == 0:
                sig.append(DivisionByZero)
                return _inf(sign), _nan()
            if want == 1:
                sig.append(InvalidOperation)
                return _nan(), _nan()
            sig.append(DivisionByZero)
            sig.append(InvalidOperation)
            return _inf(sign), _nan()
        e = self._exp if self._exp < other._exp else other._exp
        if not self._int:
            q, r = 0, 0
        else:
            # Quotients with more digits than the precision are impossible.
            aadj = self._exp + _ndigits(self._int)
            badj = other._exp + _ndigits(other._int)
            if aadj - badj > ctx.prec + 1:
                sig.append(DivisionImpossible)
                return _nan(), _nan()
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            sig.append(DivisionImpossible)
            return _nan(), _nan()
        quot = _fix(sign, q, 0, ctx, sig) if want != 1 else None
        if want == 0:
            return quot, None
        return quot, _fix(self._sign, r, e, ctx, sig)

    __floordiv__, __rfloordiv__ = _operator_pair(
        'floordiv', lambda a, b, ctx, sig: a._divmod(b, ctx, sig, 0)[0])

    __mod__, __rmod__ = _operator_pair(
        'mod', lambda a, b, ctx, sig: a._divmod(b, ctx, sig, 1)[1])

    __divmod__, __rdivmod__ = _operator_pair(
        'divmod', lambda a, b, ctx, sig: a._divmod(b, ctx, sig, 2))

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other."""
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            sig.append(InvalidOperation)
            return _finish(ctx, sig, _nan())
        if other._kind == _INF:
            return _finish(ctx, sig, _fix(self._sign, self._int, self._exp, ctx, sig))
        if not other._int:
            sig.append(DivisionUndefined if not self._int else InvalidOperation)
            return _finish(ctx, sig, _nan())
        e = self._exp if self._exp < other._exp else other._exp
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if _ndigits(q) > ctx.prec:
            sig.append(DivisionImpossible)
            return _finish(ctx, sig, _nan())
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(ctx, sig, _fix(sign, r, e, ctx, sig))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _ctx(context)
        other = _convert_strict(other)
        third = _convert_strict(third)
        sig = []
        if self._kind == _SNAN or other._kind == _SNAN:
            return _finish(ctx, sig, _check_nans(self, other, ctx, sig))
        if self._kind >= _NAN or other._kind >= _NAN:
            if third._kind == _SNAN:
                return _finish(ctx, sig, _check_nans(third, None, ctx, sig))
            return _finish(ctx, sig, _check_nans(self, other, ctx, sig))
        if self._kind == _INF or other._kind == _INF:
            product = self._mul(other, ctx, sig)
            if product._kind >= _NAN:
                return _finish(ctx, sig, product)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return _finish(ctx, sig, product._add(third, ctx, sig))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if other._kind != _FINITE or other._exp != 0:
            return _invalid(ctx)
        k = -other._int if other._sign else other._int
        limit = 2 * (ctx.Emax + ctx.prec)
        if k > limit or k < -limit:
            return _invalid(ctx)
        if self._kind == _INF:
            return self
        return _finish(ctx, sig, _fix(self._sign, self._int, self._exp + k, ctx, sig))

    def logb(self, context=None):
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            return _inf(0)
        if not self._int:
            sig.append(DivisionByZero)
            return _finish(ctx, sig, _inf(1))
        return _finish(ctx, sig, _fix(0, 0, 0, ctx, sig)._add(_from_int(self.adjusted()), ctx, sig))

    # -------------------------------------------------- next values

    def _next(self, ctx, sig, direction):
        if self._kind == _INF:
            if (direction > 0) == bool(self._sign):
                return _new(self._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
            return self
        etiny = ctx.Emin - ctx.prec + 1
        # Nudge by a sticky amount below the smallest unit, then round
        # toward the direction.
        low = etiny if self._kind != _FINITE or etiny < self._exp else self._exp
        tiny = _new(0 if direction > 0 else 1, 1, low - 2)
        rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        work = ctx.copy()
        work.rounding = rounding
        s2 = []
        d = self._add(tiny, work, s2)
        return d

    def next_plus(self, context=None):
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        return self._next(ctx, sig, 1)

    def next_minus(self, context=None):
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        return self._next(ctx, sig, -1)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        d = self._next(ctx, sig, -c)
        if d._kind == _INF:
            sig += [Overflow, Inexact, Rounded]
        elif d._exp + _ndigits(d._int) - 1 < ctx.Emin:
            sig += [Underflow, Subnormal, Inexact, Rounded]
            if not d._int:
                sig.append(Clamped)
        return _finish(ctx, sig, d)

    # -------------------------------------------------- powers and roots

    def sqrt(self, context=None):
        """The square root, correctly rounded (half-even)."""
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            if self._sign:
                return _invalid(ctx)
            return self
        ideal = self._exp >> 1
        if not self._int:
            return _finish(ctx, sig, _fix(self._sign, 0, ideal, ctx, sig))
        if self._sign:
            return _invalid(ctx)
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        prec = ctx.prec
        nd = _ndigits(c)
        # Scale c by 10**(2k) so the root has at least prec + 1 digits.
        k = prec + 1 - (nd + 1) // 2
        if k >= 0:
            c2 = c * 10 ** (2 * k)
            exact_part = True
        else:
            c2, rem = divmod(c, 10 ** (-2 * k))
            exact_part = rem == 0
        q = _isqrt(c2)
        re = (e >> 1) - k
        if exact_part and q * q == c2:
            while re < ideal and q % 10 == 0:
                q //= 10
                re += 1
        else:
            q = q * 10 + 1
            re -= 1
        return _finish(ctx, sig, _fix(0, q, re, ctx, sig, ROUND_HALF_EVEN))

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        ctx = _ctx(context)
        sig = []
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _INF:
            return _new(0, 0, 0) if self._sign else self
        if not self._int:
            return _new(0, 1, 0)
        return _finish(ctx, sig, _exp_decimal(self._sign, self._int, self._exp, ctx, sig, ROUND_HALF_EVEN))

    def _log_special(self, ctx, sig):
        """`ln`'s and `log10`'s results for a NaN, zero, a negative number
        and infinity; None for a positive finite operand."""
        n = _check_nans(self, None, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        if self._kind == _FINITE and not self._int:
            return _inf(1)
        if self._sign:
            return _invalid(ctx)
        if self._kind == _INF:
            return self
        return None

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        ctx = _ctx(context)
        sig = []
        special = self._log_special(ctx, sig)
        if special is not None:
            return special
        if self._exp <= 0 and self._int == 10 ** (-self._exp):
            return _new(0, 0, 0)
        c, e = self._int, self._exp

        def approx(w):
            return _ln_fixed_decimal(c, e, w), -w
        return _finish(ctx, sig, _ziv(approx, ctx, sig, ROUND_HALF_EVEN))

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half-even)."""
        ctx = _ctx(context)
        sig = []
        special = self._log_special(ctx, sig)
        if special is not None:
            return special
        c, e = self._int, self._exp
        s = str(c)
        if s[0] == '1' and s[1:].strip('0') == '':
            # An exact power of ten.
            return _finish(ctx, sig, _fix_int(e + len(s) - 1, ctx, sig))

        def approx(w):
            w2 = w + 3
            ln_x = _ln_fixed_decimal(c, e, w2)
            return ln_x * 10 ** w2 // _ln10(w2) // 1000, -w
        return _finish(ctx, sig, _ziv(approx, ctx, sig, ROUND_HALF_EVEN))

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._powmod(other, modulo, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        sig = []
        return _finish(ctx, sig, _power(self, other, ctx, sig))

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def _powmod(self, other, modulo, context):
        ctx = _ctx(context)
        other = _convert_strict(other)
        modulo = _convert_strict(modulo)
        sig = []
        if self._kind != _FINITE or other._kind != _FINITE or modulo._kind != _FINITE:
            n = _check_nans(self, other, ctx, sig)
            if n is None:
                n = _check_nans(modulo, None, ctx, sig)
            if n is not None:
                return _finish(ctx, sig, n)
            return _invalid(ctx)
        if self._exp < 0 and self._int % 10 ** (-self._exp) or \
                other._exp < 0 and other._int % 10 ** (-other._exp) or \
                modulo._exp < 0 and modulo._int % 10 ** (-modulo._exp):
            return _invalid(ctx)
        if other._sign or not modulo._int or (not self._int and not other._int) \
                or _ndigits(modulo._int) + modulo._exp > ctx.prec:
            return _invalid(ctx)
        m = int(modulo.copy_abs())
        b = int(self.copy_abs())
        x = int(other)
        r = pow(b, x, m)
        sign = self._sign if x & 1 else 0
        return _new(sign, r, 0)

    # -------------------------------------------------- digit-wise operations

    def _logical_digits(self, ctx):
        """The digits of a logical operand (sign 0, exponent 0, only 0s
        and 1s) padded to the precision, or None."""
        if self._kind != _FINITE or self._sign or self._exp != 0:
            return None
        s = str(self._int)
        if s.strip('01') or len(s) > ctx.prec:
            return None
        return s.zfill(ctx.prec)

    def _logical(self, other, context, op):
        ctx = _ctx(context)
        a = self._logical_digits(ctx)
        b = a if other is None else _convert_strict(other)._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        digits = ''.join(op(x, y) for x, y in zip(a, b))
        return _new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: '0' if x == '1' else '1')

    def _digit_move(self, other, context, rotate):
        ctx = _ctx(context)
        other = _convert_strict(other)
        sig = []
        n = _check_nans(self, other, ctx, sig)
        if n is not None:
            return _finish(ctx, sig, n)
        prec = ctx.prec
        if other._kind != _FINITE or other._exp != 0 or other._int > prec:
            return _invalid(ctx)
        if self._kind == _INF:
            return self
        k = -other._int if other._sign else other._int
        c = self._int % 10 ** prec
        if rotate:
            digits = str(c).zfill(prec)
            k %= prec
            c = int(digits[k:] + digits[:k])
        elif k >= 0:
            c = c * 10 ** k % 10 ** prec
        else:
            c //= 10 ** (-k)
        return _new(self._sign, c, self._exp)

    def shift(self, other, context=None):
        """The coefficient shifted by other digits (left when positive)."""
        return self._digit_move(other, context, False)

    def rotate(self, other, context=None):
        """The coefficient's prec digits rotated by other places."""
        return self._digit_move(other, context, True)

    # -------------------------------------------------- formatting

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    coeff = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + dg
    if exp == 'F':
        return _new(sign, 0, 0, _INF, cls)
    if exp == 'n':
        return _new(sign, coeff, 0, _NAN, cls)
    if exp == 'N':
        return _new(sign, coeff, 0, _SNAN, cls)
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _new(sign, coeff, exp, _FINITE, cls)


def _divide(sign, ac, ae, bc, be, ctx, sig):
    """(-1)**sign * (ac*10**ae) / (bc*10**be), bc != 0, rounded."""
    ideal = ae - be
    if not ac:
        return _fix(sign, 0, ideal, ctx, sig)
    shift = _ndigits(bc) - _ndigits(ac) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(ac * 10 ** shift, bc)
    else:
        q, r = divmod(ac, bc * 10 ** (-shift))
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx, sig)


def _fix_int(n, ctx, sig):
    return _fix(1 if n < 0 else 0, abs(n), 0, ctx, sig)


# ------------------------------------------------ transcendental functions
#
# The fixed-point helpers work on ints scaled by 10**w. Each returns an
# approximation within a few units of its last place; _ziv widens the
# working precision until the approximation's whole error interval rounds
# to one result.

_LN10_CACHE = [0, 0]


def _ln_fixed(x, w):
    """ln(x / 10**w) * 10**w, x / 10**w in about [0.1, 10]."""
    g = 12
    k = 8
    big = w + g
    one = 10 ** big
    y = x * 10 ** g
    for _ in range(k):
        y = _isqrt(y * one)
    z = (y - one) * one // (y + one)
    negative = z < 0
    if negative:
        z = -z
    z2 = z * z // one
    total = 0
    term = z
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    total = total * (2 << k)
    if negative:
        total = -total
    return total // 10 ** g


def _ln10(w):
    """ln(10) * 10**w."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    big = w + 10
    value = _ln_fixed(10 * 10 ** big, big)
    _LN10_CACHE[0] = big
    _LN10_CACHE[1] = value
    return value // 10 ** 10


def _ln_fixed_decimal(c, e, w):
    """ln(c * 10**e) * 10**w, c > 0."""
    nd = _ndigits(c)
    adj = e + nd - 1
    big = w + 4 + len(str(abs(adj)))
    # m = c / 10**(nd-1) in [1, 10); use m/10 when m > 3 so |ln m| <= ln 3.3
    shift = nd - 1
    lead = c * 10 ** (11 - nd) if nd <= 11 else c // 10 ** (nd - 11)
    if lead >= 31622776601:
        shift += 1
        adj += 1
    if big >= shift:
        m = c * 10 ** (big - shift)
    else:
        m = c // 10 ** (shift - big)
    value = _ln_fixed(m, big) + adj * _ln10(big)
    return value // 10 ** (big - w)


def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w for 0 <= x / 10**w < 2.31."""
    k = 10
    big = w + 6
    one = 10 ** big
    t = (x * 10 ** 6) >> k
    total = one
    term = one
    i = 1
    while term:
        term = term * t // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total // 10 ** 6


def _exp_approx(sign, c, e, w):
    """(A, n) with exp(+-c*10**e) ~= A * 10**(n - w), A within a few
    units, c*10**e at most about 10**9."""
    intdigits = e + _ndigits(c)
    if intdigits < 0:
        intdigits = 0
    big = w + intdigits + 8
    if big + e >= 0:
        x = c * 10 ** (big + e)
    else:
        x = c // 10 ** (-(big + e))
    if sign:
        x = -x
    ln10 = _ln10(big)
    n = x // ln10
    r = x - n * ln10
    value = _exp_fixed(r, big)
    return value // 10 ** (big - w), n


def _ziv(approx, ctx, sig, rounding, max_tries=8):
    """The correctly rounded value approximated by approx(w) -> (A, exp),
    A * 10**exp within 2 units of A, for growing w."""
    w = ctx.prec + 6
    tries = 0
    work = Context(prec=ctx.prec, rounding=rounding, Emin=ctx.Emin, Emax=ctx.Emax,
                   capitals=ctx.capitals, clamp=ctx.clamp, flags=[], traps=[])
    while True:
        a, ex = approx(w)
        lo = a - 2
        hi = a + 2
        tries += 1
        if (lo > 0) == (hi > 0) and lo != 0 and hi != 0:
            slo = 1 if lo < 0 else 0
            dlo = _fix(slo, abs(lo), ex, work, [])
            dhi = _fix(slo, abs(hi), ex, work, [])
            if (dlo._kind == dhi._kind and dlo._int == dhi._int and dlo._exp == dhi._exp) \
                    or tries >= max_tries:
                return _fix(slo, abs(a) * 10 + 1, ex - 1, ctx, sig, rounding)
        elif tries >= max_tries:
            return _fix(1 if a < 0 else 0, abs(a) * 10 + 1, ex - 1, ctx, sig, rounding)
        w += w // 2 + 8


def _exp_decimal(sign, c, e, ctx, sig, rounding):
    """exp(+-c*10**e) rounded to ctx (c > 0)."""
    prec = ctx.prec
    adj = e + _ndigits(c) - 1
    etiny = ctx.Emin - prec + 1
    if adj < -(prec + 2):
        # 1 +- a sticky amount.
        if sign:
            return _fix(0, 10 ** (prec + 3) - 1, -(prec + 3), ctx, sig, rounding)
        return _fix(0, 10 ** (prec + 3) + 1, -(prec + 3), ctx, sig, rounding)
    if adj > 30:
        big_x = True
    else:
        big_x = False
        xf = float(str(c) + 'e' + str(e))
        if sign:
            xf = -xf
    if big_x or xf > (ctx.Emax + 2) * 2.302585092994046 + 5:
        if big_x and sign or (not big_x and xf < 0):
            return _underflow_zero(0, ctx, sig)
        return _fix(0, 1, ctx.Emax + 2, ctx, sig, rounding)
    if xf < (etiny - 2) * 2.302585092994046 - 5:
        return _underflow_zero(0, ctx, sig)

    def approx(w):
        a, n = _exp_approx(sign, c, e, w)
        return a, n - w
    return _ziv(approx, ctx, sig, rounding)


def _underflow_zero(sign, ctx, sig):
    """The zero a result far below the smallest subnormal becomes."""
    sig += [Underflow, Subnormal, Inexact, Rounded, Clamped]
    return _new(sign, 0, ctx.Emin - ctx.prec + 1)


def _is_integral(d):
    return d._kind == _FINITE and (d._exp >= 0 or not d._int % 10 ** (-d._exp)
                                   if d._exp > -100000 else d._int == 0)


def _power(x, y, ctx, sig):
    n = _check_nans(x, y, ctx, sig)
    if n is not None:
        return n
    y_int = _is_integral(y)
    if y_int:
        yv = y._int * 10 ** y._exp if y._exp >= 0 else y._int // 10 ** (-y._exp)
        if y._sign:
            yv = -yv
        odd = yv & 1
    else:
        yv = None
        odd = 0
    # zero base
    if x._kind == _FINITE and not x._int:
        if y._kind == _FINITE and not y._int:
            sig.append(InvalidOperation)
            return _nan()
        sign = x._sign if odd else 0
        if x._sign and not y_int and y._kind == _FINITE:
            sign = 0
        if y._sign:
            return _inf(sign)
        return _new(sign, 0, 0)
    if x._sign and not y_int:
        sig.append(InvalidOperation)
        return _nan()
    if x._kind == _INF:
        sign = x._sign if odd else 0
        if y._kind == _FINITE and not y._int:
            return _new(0, 1, 0)
        if y._sign:
            return _new(sign, 0, 0)
        return _inf(sign)
    if y._kind == _INF:
        c = _cmp(x.copy_abs(), _new(0, 1, 0))
        if x._sign:
            sig.append(InvalidOperation)
            return _nan()
        if c == 0:
            return _fix(0, 10 ** (ctx.prec + 1) + 1, -(ctx.prec + 1), ctx, sig)
        if (c > 0) != bool(y._sign):
            return _inf(0)
        return _new(0, 0, 0)
    sign = x._sign if odd else 0
    if not y._int:
        return _fix(0, 1, 0, ctx, sig)
    # Like libmpdec: when adjusted(y) + adjusted(log10|x|) passes the
    # digits of Emax the result certainly overflows or underflows.
    xadj = x._exp + _ndigits(x._int) - 1
    log10x = xadj + math.log10(float('0.' + str(x._int)[:15])) + 1
    if log10x != 0 and x._int != 10 ** (_ndigits(x._int) - 1) or xadj != 0:
        zeta = abs(log10x)
        if zeta > 0:
            theta = y._exp + _ndigits(y._int) - 1
            bound = theta + math.floor(math.log10(zeta))
            if (log10x > 0) != bool(y._sign):
                if bound > len(str(ctx.Emax)) + 1:
                    return _fix(sign, 1, ctx.Emax + 2, ctx, sig)
            elif bound > len(str(ctx.prec - 1 - ctx.Emin)) + 1:
                return _fix(sign, 1, ctx.Emin - ctx.prec - 1, ctx, sig)
    if y_int:
        m = yv if yv > 0 else -yv
        nd = _ndigits(x._int)
        xc, tz = x._int, 0
        while xc % 10 == 0:
            xc //= 10
            tz += 1
        if nd * m <= 20000 or xc == 1:
            e = x._exp * m
            if nd * m <= 20000:
                c = x._int ** m
            else:
                # a power of ten: its prec leading digits, then zeros
                if tz * m < ctx.prec:
                    c = 10 ** (tz * m)
                else:
                    c = 10 ** (ctx.prec - 1)
                    e += tz * m - (ctx.prec - 1)
                    sig.append(Rounded)
            # Like libmpdec: a half-even result a few digits longer than
            # the precision, then rounded to the context.
            extra = len(str(m)) + 2 + (0 if yv > 0 else 1)
            work = Context(prec=ctx.prec + extra, rounding=ROUND_HALF_EVEN,
                           Emin=ctx.Emin, Emax=ctx.Emax, clamp=0, flags=[], traps=[])
            wsig = []
            if yv > 0:
                r = _fix(sign, c, e, work, wsig)
            else:
                r = _divide(sign, 1, 0, c, e, work, wsig)
            if r._kind == _INF:
                return _fix(sign, 1, ctx.Emax + 2, ctx, sig)
            for cond in wsig:
                if cond in (Inexact, Rounded, Subnormal, Underflow) and cond not in sig:
                    sig.append(cond)
            return _fix(r._sign, r._int, r._exp, ctx, sig)
        # Too long to compute exactly: libmpdec's repeated squaring at
        # half-even underflows to zero or overflows.
        est = yv * log10x
        extra = len(str(m)) + 2 + (0 if yv > 0 else 1)
        if est < ctx.Emin - ctx.prec - extra - 1:
            return _underflow_zero(sign, ctx, sig)
        if est > ctx.Emax + 1:
            return _fix(sign, 1, ctx.Emax + 2, ctx, sig)
    # the general case: exp(y * ln|x|)
    xc, xe = x._int, x._exp
    yc, ye, ys = y._int, y._exp, y._sign
    # estimate log10 of the result to catch overflow and underflow
    xadj = xe + _ndigits(xc) - 1
    lead = float('0.' + str(xc)[:15])
    log10x = xadj + 1 + math.log10(lead)
    yadj = ye + _ndigits(yc) - 1
    if yadj > 40:
        est = math.inf if log10x != 0 else 0.0
        if log10x < 0:
            est = -math.inf
        if ys:
            est = -est
    else:
        yf = float(str(yc) + 'e' + str(ye))
        est = yf * log10x * (-1 if ys else 1)
    etiny = ctx.Emin - ctx.prec + 1
    if est > ctx.Emax + 2:
        return _fix(sign, 1, ctx.Emax + 2, ctx, sig)
    if est < etiny - 3:
        return _fix(sign, 1, etiny - 2, ctx, sig)
    sig.append(Inexact)
    sig.append(Rounded)
    if xc == 10 ** (_ndigits(xc) - 1) and xadj == 0:
        # 1 ** y: a one as long as the precision
        return _fix(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, sig)
    # Like libmpdec: ln, product and exp each correctly rounded (half-even)
    # to a longer working precision, then rounded to the context.
    wp = (_ndigits(xc) if _ndigits(xc) > ctx.prec else ctx.prec) + 23
    work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX,
                   clamp=0, flags=[], traps=[])
    ws = []
    lnx = _new(0, xc, xe).ln(work)
    p = lnx._mul(y, work, ws)
    if not p._int:
        r = _new(0, 1, 0)
    else:
        r = _exp_decimal(p._sign, p._int, p._exp, work, ws, ROUND_HALF_EVEN)
    return _fix(sign, r._int, r._exp, ctx, sig)


# ---------------------------------------------------------------- Context

class _SignalDict:
    """A context's flags or traps: signal class -> bool."""

    def __init__(self, on=()):
        self._d = {s: (s in on) for s in _SIGNALS}

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(key)
        return self._d[key]

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError('invalid error flag')
        self._d[key] = bool(value)

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        new = _SignalDict()
        new._d = dict(self._d)
        return new

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self._d.items()) + '}'


def _signal_dict(value, name):
    if value is None:
        return None
    if isinstance(value, _SignalDict):
        return value.copy()
    if isinstance(value, dict):
        d = _SignalDict()
        if len(value) != len(_SIGNALS) or any(k not in d for k in value):
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            d[k] = v
        return d
    d = _SignalDict()
    for s in value:
        if s not in d:
            raise KeyError('invalid error flag')
        d[s] = True
    return d


class Context:
    """Precision, rounding, exponent limits, flags and traps for decimal
    arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        if prec is None:
            prec = base.prec if base is not None else 28
        if rounding is None:
            rounding = base.rounding if base is not None else ROUND_HALF_EVEN
        if Emin is None:
            Emin = base.Emin if base is not None else -999999
        if Emax is None:
            Emax = base.Emax if base is not None else 999999
        if capitals is None:
            capitals = base.capitals if base is not None else 1
        if clamp is None:
            clamp = base.clamp if base is not None else 0
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp
        if traps is None:
            traps = base.traps.copy() if base is not None else \
                _SignalDict((InvalidOperation, DivisionByZero, Overflow))
        else:
            traps = _signal_dict(traps, 'traps')
        if flags is None:
            flags = _SignalDict()
        else:
            flags = _signal_dict(flags, 'flags')
        object.__setattr__(self, 'traps', traps)
        object.__setattr__(self, 'flags', flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            value = _signal_dict(value, name)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def _signal(self, conds):
        """Record the conditions in sig and raise the first trapped signal."""
        trapped = []
        seen = []
        flags = self.flags._d
        traps = self.traps._d
        for cond in conds:
            s = _signal_of(cond)
            flags[s] = True
        for s in _SIGNALS:
            for cond in conds:
                if _signal_of(cond) is s and cond not in seen:
                    seen.append(cond)
                    if traps[s]:
                        trapped.append(cond)
        if trapped:
            raise _signal_of(trapped[0])(trapped)

    def _flag_only(self, signal):
        self.flags._d[signal] = True

    def __repr__(self):
        names = lambda d: '[' + ', '.join(s.__name__ for s in _REPR_ORDER if d._d[s]) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                   self.clamp, names(self.flags), names(self.traps)))

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp,
                                 [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags, self.traps)

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags._d[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps._d[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._signal([ConversionSyntax])
            return _nan()
        if isinstance(num, float):
            self._signal([FloatOperation])
            d = _from_float(num)
        else:
            d = Decimal(num, self)
        sig = []
        if d._kind >= _NAN:
            if d._int and _ndigits(d._int) > self.prec - self.clamp:
                self._signal([ConversionSyntax])
                return _nan()
            return d
        return _finish(self, sig, d._round(self, sig))

    def create_decimal_from_float(self, f):
        return self.create_decimal(_from_float(f))

    def copy_decimal(self, a):
        return _convert_strict(a)

    def power(self, a, b, modulo=None):
        return _convert_strict(a).__pow__(_convert_strict(b), modulo, self)

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def _apply(self, a):
        sig = []
        return _finish(self, sig, _convert_strict(a)._round(self, sig))

    def to_sci_string(self, a):
        return _convert_strict(a)._to_str(self.capitals)

    def to_eng_string(self, a):
        return _convert_strict(a)._to_str(self.capitals, True)


def _context_method(name, method, operands, with_context, convert_second):
    """A `Context` method that converts its first operand (and, for the
    arithmetic operators, its second) strictly and calls the `Decimal`
    method with this context, as `_decimal`'s Context methods do."""
    compute = getattr(Decimal, method)
    if operands == 1 and with_context:
        def op(self, a):
            return compute(_convert_strict(a), context=self)
    elif operands == 1:
        def op(self, a):
            return compute(_convert_strict(a))
    elif convert_second:
        def op(self, a, b):
            return compute(_convert_strict(a), _convert_strict(b), context=self)
    elif with_context:
        def op(self, a, b):
            return compute(_convert_strict(a), b, context=self)
    else:
        def op(self, a, b):
            return compute(_convert_strict(a), b)
    op.__name__ = name
    op.__qualname__ = 'Context.' + name
    return op


# (operands, passes the context, converts the second operand): the
# methods, `name=decimal_method` where the names differ.
for _shape, _names in {
    (1, True, False): 'abs=__abs__ plus=__pos__ minus=__neg__ sqrt exp ln log10 logb'
                      ' normalize next_plus next_minus is_normal is_subnormal number_class'
                      ' logical_invert to_integral=to_integral_value to_integral_value'
                      ' to_integral_exact',
    (1, False, False): 'copy_abs copy_negate is_finite is_infinite is_nan is_qnan is_snan'
                       ' is_signed is_zero',
    (2, True, True): 'add=__add__ subtract=__sub__ multiply=__mul__ divide=__truediv__'
                     ' divide_int=__floordiv__ remainder=__mod__ divmod=__divmod__',
    (2, True, False): 'remainder_near compare compare_signal max min max_mag min_mag scaleb'
                      ' next_toward logical_and logical_or logical_xor shift rotate quantize',
    (2, False, False): 'compare_total compare_total_mag same_quantum copy_sign',
}.items():
    for _name in _names.split():
        _name, _, _method = _name.partition('=')
        setattr(Context, _name, _context_method(_name, _method or _name, *_shape))
del _shape, _names, _name, _method


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow])
BasicContext.clear_flags()
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = [DefaultContext.copy()]


def getcontext():
    """The current context."""
    return _current[0]


def setcontext(context):
    """Make context the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new):
        self.new_context = new

    def __enter__(self):
        self.saved_context = _current[0]
        _current[0] = self.new_context
        return self.new_context

    def __exit__(self, t, v, tb):
        _current[0] = self.saved_context


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (the current context by
    default), with the given attributes changed, current within its block."""
    if ctx is None:
        ctx = _current[0]
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                       'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ------------------------------------------------------------ formatting

def _parse_spec(spec):
    """The fields of a format spec: (fill, align, sign, z, zero, width,
    grouping, precision, type)."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            # zero padding is an alignment of its own
            raise ValueError('invalid format string')
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in 'eEfFgGn%') or (kind == 'n' and grouping):
        raise ValueError('invalid format string')
    return fill, align, sign, z, zero, width, grouping, precision, kind


def _group(intpart, sep, min_width):
    """intpart's digits in groups of three joined by sep, with leading
    zeros added until the text is at least min_width long."""
    digits = intpart
    while True:
        groups = []
        s = digits
        while len(s) > 3:
            groups.append(s[-3:])
            s = s[:-3]
        groups.append(s)
        text = sep.join(reversed(groups))
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def _format(d, spec):
    fill, align, signopt, z, zero, width, grouping, precision, kind = _parse_spec(spec)
    ctx = _current[0]
    upper = False
    if kind is None:
        kind = 'g'
        upper = bool(ctx.capitals)
    elif kind == 'n':
        kind = 'g'
    elif kind in 'EFG':
        upper = True
        if kind == 'F' and (d._kind != _FINITE or d._int):
            # CPython's C decimal keeps the sign of a nonzero value
            # rounded to zero with 'F'
            z = False
        kind = kind.lower()
    sign = d._sign
    intpart = None
    if d._kind != _FINITE:
        body = 'Infinity' if d._kind == _INF else ('sNaN' if d._kind == _SNAN else 'NaN')
        if d._kind >= _NAN and d._int:
            body += str(d._int)
        if kind == '%':
            body += '%'
        if zero and fill is None:
            fill = ' '
            if align is None:
                align = '>'
        grouping = ''
    else:
        c, e = d._int, d._exp
        if kind == '%':
            e += 2
        if precision is not None:
            if kind == 'e':
                keep = precision + 1
                target = e + _ndigits(c) - keep
            elif kind in 'f%':
                keep = 0
                target = -precision
            else:
                keep = precision if precision > 0 else 1
                target = e + _ndigits(c) - keep
            if not c and kind != 'f' and kind != '%':
                target = e
            if target > e:
                c, _ = _round_int(c, target - e, sign, ctx.rounding)
                e = target
                if keep and _ndigits(c) > keep:
                    c //= 10
                    e += 1
            elif target < e and kind in 'ef%':
                c *= 10 ** (e - target)
                e = target
        digits = str(c)
        nd = len(digits)
        left = e + nd
        if kind == 'e':
            dot = 1
            if not c and precision is not None:
                dot = 1 - precision
        elif kind in 'f%':
            dot = left
        else:
            dot = left if (e <= 0 and left > -6) else 1
        if dot <= 0:
            intpart = '0'
            frac = '0' * (-dot) + digits
        elif dot >= nd:
            intpart = digits + '0' * (dot - nd)
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        if not c:
            intpart = '0'
            if z:
                sign = 0
        suffix = '.' + frac if frac else ''
        if kind == 'e' or (kind == 'g' and left != dot):
            suffix += ('E' if upper else 'e') + '%+d' % (left - dot)
        if kind == '%':
            suffix += '%'
    if sign:
        signtext = '-'
    elif signopt == '+':
        signtext = '+'
    elif signopt == ' ':
        signtext = ' '
    else:
        signtext = ''
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if intpart is not None:
        if grouping:
            minw = 0
            if align == '=' and fill == '0' and zero and width is not None:
                minw = width - len(signtext) - len(suffix)
            intpart = _group(intpart, grouping, minw)
        body = intpart + suffix
    total = signtext + body
    if width is not None and len(total) < width:
        pad = width - len(total)
        if align == '<':
            total = total + fill * pad
        elif align == '>':
            total = fill * pad + total
        elif align == '^':
            half = pad // 2
            total = fill * half + total + fill * (pad - half)
        else:
            total = signtext + fill * pad + body
    return total


try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:
    pass


# CPython's messages name these C types with their module (the VM reads
# __ouro_tp_name__ for them; dir() does not show it).
for _cls in (Decimal, Context):
    _cls.__ouro_tp_name__ = "decimal." + _cls.__name__
del _cls
