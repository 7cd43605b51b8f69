import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(10**300))
print(math.floor(1.5), math.floor(-1.5), math.floor(1e20), math.ceil(-1.2), math.trunc(-2.7))
print(type(math.floor(2.0)).__name__, math.ceil(5), math.floor(True))
print(math.fabs(-3), math.fmod(-7, 3), math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.dist((1, 2), (4, 6)))
print(math.modf(3.5), math.modf(-3.5), math.frexp(8), math.ldexp(1, 10), math.ulp(1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
from math import sqrt, pi
print(sqrt(pi))
