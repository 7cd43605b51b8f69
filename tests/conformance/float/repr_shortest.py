# Float repr uses the shortest round-tripping form; exponent switch points.
print(0.1, 0.2, 0.1 + 0.2, 0.3)
print(1.0, -1.0, 0.0, -0.0, 2.5, 100.0)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1e23)
print(1e-5, 1e-4, 0.0001, 0.00001, 1.5e-7, 1.23e-10)
print(1e100, 1e-100, 1.7976931348623157e308, 5e-324)
print(repr(1e100), str(1e100), repr(-1e-7))
print(9999999999999998.0, 9999999999999999.0, 1234567890123456.7)
print(12345678901234567.0, 0.1 * 3, 1 / 3, 2 / 3)
print(3.141592653589793, 2.718281828459045, 1.1 * 1.1)
print(100.0 / 3, 1e16 + 1, 1e16 + 2)
print(0.5, 0.25, 0.125, 0.1 + 0.7, 4.35 * 100)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(str(1.0), str(-0.0), repr(0.1), repr(1.0e0))
print(1.5e15, 1.5e16, 1.5e17, 123456.789e3)
print(float(2**53), float(2**53 + 1), float(2**64), float(-2**63))
print(float(10**20), float(10**22), float(10**23), float(12345678901234567890))
print(float(7), float(-3), float(True), float("  2.5  "), float("-.5"))
print(float("1_000.5"), float("1e3"), float("-1E-3"), float("infinity"), float("-NaN"))
print(2e-7 * 3, 0.1 ** 2, 1.0 / 1024, 1.0 / 3e10)
vals = []
x = 1.0
for i in range(8):
    vals.append(x)
    x = x / 10
print(vals)
vals = []
x = 1.0
for i in range(8):
    vals.append(x)
    x = x * 13.7
print(vals)
print([0.1 * i for i in range(10)])
