import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(30), len(str(math.factorial(1000))))
print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4))
print(math.comb(5, 2), math.comb(52, 5), math.comb(100, 50), math.comb(3, 5))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(10**20, 2))
print(math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 25)), math.prod([2, 3], start=10))
for arg in [-1, 5.0]:
    try:
        math.factorial(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(e)
try:
    math.comb(3, -1)
except ValueError as e:
    print(e)
