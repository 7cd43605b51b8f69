# Float arithmetic: mixed int/float, inf/nan propagation, is_integer, negative zero.
print(1 + 2.0, 3 * 0.5, 7 - 0.5, 2 ** 0.5, 4 ** 0.5)
print(10 / 4, 10 / -4, -10 / 4, 1 / 2**60)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, 2 ** -1.0, 0.0 ** 0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf < inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf > 10**1000, 1 / inf, -1 / inf)
print(abs(-0.0), abs(-inf), abs(-2.5), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
print(0.0 * -1, -0.0 * -1, 0.0 == -0.0)
print((1.0).is_integer(), (1.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print(inf.is_integer(), nan.is_integer())
print(0.1 + 0.1 + 0.1, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1.0, 1e16 + 2.0, 2.0**53 + 1.0)
print(1.0 - 1e-16, 1.0 + 1e-16, 1.0 + 2.220446049250313e-16)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
s = 0.0
for i in range(1, 21):
    s += 1.0 / i
print(s)
p = 1.0
for i in range(1, 30):
    p *= i
print(p)
print(float(2**1023) * 2 if False else 2.0**1023)
print(7.0 // 0.5, 7.0 / 0.5, -7.0 / 0.5)
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([]))
print(1.5 + True, 2.5 * False, -True * 0.5)
print(bool(0.0), bool(-0.0), bool(nan), bool(1e-320))
