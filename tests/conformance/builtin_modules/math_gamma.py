# math.gamma and math.lgamma (CPython's own Lanczos code): special values,
# errors, integers, half-integers, tiny and large arguments, and a
# deterministic spread of arguments, printed as float.hex.
import math


def show(f, x):
    try:
        return f(x).hex()
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e-20, -1e-20, 9e-21, -9e-21,
      5e-324, -5e-324, 1e-310, 171.6, 171.7, 172.0, 200.0, 200.5, -200.5,
      -201.25, 1e300, -1e300, 2.0**52 + 1, -(2.0**52) - 1, 0.5, -0.5, 1.5, -1.5]
xs += [float(i) for i in range(-5, 30)]
xs += [i + 0.5 for i in range(-30, 30, 3)]
xs += [i + d for i in range(-6, 4) for d in (1e-15, -1e-15, 2.0**-40, -(2.0**-40))]
# A linear congruential spread over a few ranges.
seed = 12345
for k in range(240):
    seed = (seed * 1103515245 + 12345) % 2**31
    u = seed / 2**31
    lo, hi = [(0.0, 6.0), (-8.0, 0.0), (6.0, 180.0), (-190.0, -8.0), (1e-6, 1e-3), (139.0, 141.0)][k % 6]
    xs.append(lo + (hi - lo) * u)

for x in xs:
    print(x.hex(), show(math.gamma, x), show(math.lgamma, x))
print(math.gamma(5), math.lgamma(10), math.gamma(True))
for bad in ["1", None]:
    try:
        math.gamma(bad)
    except TypeError as e:
        print("TypeError", e)
