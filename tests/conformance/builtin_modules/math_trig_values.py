# Trigonometric functions print what CPython prints on glibc: the last
# digit of repr depends on correct rounding (ouro's sin, cos, tan, asin,
# acos, atan and atan2 are correctly rounded; glibc's are on these inputs).
import math

xs = [i / 7 for i in range(-60, 61)] + [1e6 + i * 0.37 for i in range(10)] + [1e22, 2.0**70, 355.0]
for f in (math.sin, math.cos, math.tan, math.atan):
    print(f.__name__, [f(x) for x in xs])
us = [i / 37 for i in range(-37, 38)]
for f in (math.asin, math.acos):
    print(f.__name__, [f(u) for u in us])
print("atan2", [math.atan2(y, x) for y in (-2.5, -1.0, 0.3, 7.0) for x in (-3.0, -0.5, 0.25, 4.0)])
# The regular pentagon of TheAlgorithms' maths/area.py.
print((5 * 10**2) / (4 * math.tan(math.pi / 5)))
print(math.degrees(math.atan2(1, math.sqrt(3))), math.sin(math.radians(30)))
