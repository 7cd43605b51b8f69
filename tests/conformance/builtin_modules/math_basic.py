# math module basics: sqrt, floor, ceil, factorial, gcd, lcm, pi, e, isclose, log with base, pow.
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), type(math.sqrt(4)).__name__)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5))
print(type(math.floor(2.5)).__name__, math.trunc(-3.9), math.trunc(3.9))
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 3))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(1), math.log1p(0), math.exp(0), math.exp(1) == math.e)
print(math.pow(2, 10), math.pow(2, -1), 2 ** 10, math.fabs(-3), abs(-3))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)))
print(math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.remainder(7, 3))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), math.atan2(1, 1) * 4 == math.pi)
print(math.isqrt(17), math.isqrt(10 ** 20), math.comb(5, 2), math.perm(5, 2), math.comb(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4))

for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.gcd(1.5, 2),
            lambda: math.sqrt("4"), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
