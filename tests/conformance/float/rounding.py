# round() with and without ndigits: banker's rounding and binary representation.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(2.5, 0), round(-2.5, 0), round(0.0), round(-0.0, 1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)))
print(round(1e20), round(1.5e16), round(123.456, 5), round(123.456, 10))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.45, 1), round(0.45, 1), round(0.55, 1), round(0.65, 1))
print(round(5.0e-5, 4), round(1.0 / 3, 4), round(2.0 / 3, 6))
print(round(99.99, 1), round(99.95, 1), round(-99.95, 1))
for x in [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, -2.5, -3.5]:
    print(x, round(x), int(x))
print(round(1.23456789e10, -5), round(7.0), round(7.9999999))
print(round(12345.6789, -1), round(0.000123456, 6))
print(int(2.9), int(-2.9), round(2.9), round(-2.9))
print(round(10**20 + 0.0), round(1e300) == 10**300)
print(round(2.5, None), round(3.5, None))
prices = [19.995, 0.045, 2.345, 1.115, 100.005]
print([round(p, 2) for p in prices])
def round_half_up(x, n):
    m = 10 ** n
    return int(x * m + 0.5) / m
print([round_half_up(p, 2) for p in [1.25, 2.5, 0.125]])
