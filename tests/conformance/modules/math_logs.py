import math

print(math.log(10), math.log(1), math.log(100, 10), math.log(8, 2), math.log(0.5))
print(math.log(10**400), math.log(2**1000, 2), math.log(10**400, 10))
print(math.log2(8), math.log2(2**2000), math.log10(1000), math.log10(10**400))
print(math.log1p(1e-10), math.exp(0), math.exp(-1000), math.expm1(1e-10))
print(math.pow(2, 10), math.pow(0, 0), math.pow(math.inf, -1), math.pow(1, math.nan))
for f, x in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -5)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
