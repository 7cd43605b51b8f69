# Float loops with NaN, infinities and -0.0: every comparison operator, min()
# and max() argument-order semantics, stable sorting of equal zeros, and
# NaN/inf produced mid-loop by arithmetic, so a float compare that behaved
# one way for thousands of iterations must still get NaN right.
import math

nan = float("nan")
inf = float("inf")
vals = [1.0, -2.5, nan, inf, -inf, 0.0, -0.0, 3.0]
counts = [0] * 6
for i in range(8000):
    a = vals[i % 8]
    b = vals[(i // 8) % 8]
    if a < b: counts[0] += 1
    if a <= b: counts[1] += 1
    if a == b: counts[2] += 1
    if a != b: counts[3] += 1
    if a > b: counts[4] += 1
    if a >= b: counts[5] += 1
print(counts)

# not (a < b) differs from a >= b exactly for NaN
diff = 0
for i in range(6000):
    a = vals[i % 8] * (i % 3)
    b = vals[(i * 5) % 8]
    if (not (a < b)) != (a >= b):
        diff += 1
print(diff)

# a running max/min that meets NaN: comparisons keep or drop it by position
hi = -inf
lo = inf
nan_seen = 0
for i in range(5000):
    x = math.sin(i) * 100.0
    if i % 1000 == 500:
        x = nan
    if x != x:
        nan_seen += 1
    if x > hi:
        hi = x
    if x < lo:
        lo = x
print(round(hi, 6), round(lo, 6), nan_seen)

# min()/max() return the first argument unless another one compares strictly
r = []
for i in range(3000):
    if i % 1000 == 0:
        r.append((min(nan, 1.0), min(1.0, nan), max(nan, -inf), max(-inf, nan),
                  min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0)))
print(r[0])
print(len(r), str(max([2.0, nan, 5.0])), str(max([nan, 2.0, 5.0])), min([inf, -0.0, 0.0]))

# NaN and inf produced by arithmetic inside the loop
s = 0.0
naninf = [0, 0, 0]
for i in range(4000):
    x = 1e308 * (1 + (i % 3))      # overflows to inf for i % 3 != 0
    y = x - x                      # nan when x is inf
    if y != y:
        naninf[0] += 1
    elif x == inf:
        naninf[1] += 1
    else:
        naninf[2] += 1
        s += y
print(naninf, s)

# -0.0: equal to 0.0, but the sign survives copysign, repr and division
z = 0.0
negs = 0
for i in range(3000):
    z = -z if i % 7 else z * -1.0
    if math.copysign(1.0, z) < 0:
        negs += 1
print(negs, z == 0.0, repr(z), repr(-0.0 * 5), repr(0.0 * -5), 1 / inf, -1 / inf)

# sorting floats with infinities and signed zeros (stable: equal zeros keep order)
data = []
for i in range(3000):
    k = i % 6
    data.append([-0.0, 0.0, inf, -inf, i * 0.001, -i * 0.5][k])
srt = sorted(data)
print(srt[:3], srt[-3:], [repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0])])
print(sorted([3.0, -0.0, 0.0, -inf, inf], reverse=True))

# int/float mixed comparisons near NaN and inf
c = 0
for i in range(4000):
    f = [nan, inf, -inf, 2.0 ** 53][i % 4]
    n = [2 ** 53 + 1, 10 ** 400, -(10 ** 400), 0][(i // 4) % 4]
    if f < n:
        c += 1
    if f == n:
        c += 10
    if f > n:
        c += 100
print(c)

# isnan/isinf counting and NaN as a dict value compared by equality
ctr = {"nan": 0, "inf": 0, "fin": 0}
for i in range(3000):
    x = [nan, inf, -inf, 1.5][i % 4]
    if math.isnan(x):
        ctr["nan"] += 1
    elif math.isinf(x):
        ctr["inf"] += 1
    else:
        ctr["fin"] += 1
print(ctr, nan == nan, nan != nan, [nan] == [nan], (nan,) == (nan,))
