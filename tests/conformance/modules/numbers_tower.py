# numbers: the numeric tower's ABCs, the registered built-in types and Fraction, subclasses and abstract-method errors
import numbers
from fractions import Fraction

values = [1, True, 2.5, 1j, Fraction(1, 3), "1", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                               numbers.Rational, numbers.Integral)])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, issubclass(t, numbers.Number), issubclass(t, numbers.Real), issubclass(t, numbers.Integral))
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Integral))
print(numbers.Integral.__name__, numbers.Real.__module__, sorted(numbers.__all__))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__)

for cls in (numbers.Complex, numbers.Real, numbers.Integral):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(type(numbers.Number()).__name__)

# A complete Integral written from the ABC inherits its concrete methods.
class Small(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Small(pow(self.v, int(e), m))
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)
    def __add__(self, o): return Small(self.v + int(o))
    def __radd__(self, o): return Small(int(o) + self.v)
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return Small(self.v)
    def __mul__(self, o): return Small(self.v * int(o))
    def __rmul__(self, o): return Small(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return Small(int(b) ** self.v)
    def __abs__(self): return Small(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __repr__(self): return "Small(%d)" % self.v
    __hash__ = None

s = Small(7)
print(s - 2, 10 - s, divmod(s, 2), divmod(20, s), float(s), complex(s), s.real, s.imag, s.conjugate())
print(s.numerator, s.denominator, s.__index__(), bool(s), bool(Small(0)), [0, 1, 2, 3, 4, 5, 6, 7, 8][s.__index__()])
print(isinstance(s, numbers.Rational), isinstance(s, numbers.Complex))

class MyReal(numbers.Real):
    pass
try:
    MyReal()
except TypeError as e:
    print("TypeError:", e)

numbers.Real.register(Small)
class Weird:
    pass
numbers.Complex.register(Weird)
print(isinstance(Weird(), numbers.Number), isinstance(Weird(), numbers.Real))
