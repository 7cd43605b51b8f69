"""The numeric tower of abstract base classes (ouro's numbers, PEP 3141).

Number > Complex > Real > Rational > Integral. complex, float and int are
registered as Complex, Real and Integral; fractions.Fraction registers
itself as Rational.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) says x is a number."""
    __slots__ = ()

    # Numbers that compare equal must hash equal; subclasses decide how.
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts and the field operations."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self)."""

    def __bool__(self):
        """True unless self == 0."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The modulus."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Ordered numbers on the real line: comparisons, rounding, floor
    division and remainders."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self)."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self towards 0."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The greatest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The least Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """self rounded to an Integral, or to ndigits digits as a Real."""
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """(other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        """A complex with self as its real part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Numbers that are a ratio of two Integrals in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """numerator / denominator as a float."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: int() and the bitwise operators."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)."""
        raise NotImplementedError

    def __index__(self):
        """self as an index (operator.index)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, modulo modulus when it is given."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        """float(int(self))."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Integral.register(int)
