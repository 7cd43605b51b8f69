import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
