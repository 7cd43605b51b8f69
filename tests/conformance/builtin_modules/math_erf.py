# math.erf and math.erfc over every branch of fdlibm's method (|x| below
# 2**-28, 0.84375, 1.25, 1/0.35, 6 and 28), printed as float.hex.
import math

xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310,
      2.0**-28, 2.0**-56, 2.0**-57, 0.25, -0.25, 0.84375, -0.84375, 1.25,
      -1.25, 1 / 0.35, -1 / 0.35, 6.0, -6.0, 27.9, 28.0, -28.0, 1e300]
seed = 2024
for k in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    u = seed / 2**31
    lo, hi = [(-0.9, 0.9), (-1.3, 1.3), (1.2, 2.9), (-6.5, -1.2), (2.8, 6.5), (6.0, 27.0)][k % 6]
    xs.append(lo + (hi - lo) * u)
for x in xs:
    print(x.hex(), math.erf(x).hex(), math.erfc(x).hex())
