# float <-> int/str conversions, truncation, huge ints to float.
print(float(10**308), float(-10**308), float(2**1023))
print(float(2**1024 - 2**972), float(10**200) == 1e200)
print(int(1e20), int(-1e20), int(1.9999), int(-1.9999), int(1e-9))
print(int(123456789.5e10), int(2.0**100))
print(float("0.1"), float("   -0.0   "), float("1e-7"), float("+1.5E+3"))
print(float("inf") > 10**100, float(" -Infinity "), float("nan") == float("nan"))
print(str(0.1), str(1e-7), str(1e21), str(123.0), str(-0.001))
print(repr(1e300 * 1e10), repr(-1e300 * 1e10))
print(str(1/3)[:10], len(repr(1/3)), len(repr(2/3)))
print(float(True) + float(False), float(0), float(-0))
print(int(float(2**53 + 1)) == 2**53, int(float(2**53 + 2)) == 2**53 + 2)
print(float(2**63), float(2**64 - 1), float(-2**64 + 1))
print(float(123456789012345678901234567890))
print(float(2**54 + 1), float(2**54 + 3))
x = 255.75
ip = int(x)
fp = x - ip
print(ip, fp)
bits = ""
for i in range(6):
    fp = fp * 2
    if fp >= 1:
        bits = bits + "1"
        fp = fp - 1
    else:
        bits = bits + "0"
print(bits)
print(int("12") + float("0.5"), str(12) + str(0.5))
print(float(int(1e15)) == 1e15, float(9007199254740993))
print(type(float(1)), type(int(1.0)), isinstance(1.0, float), isinstance(1, float))
print(round(float(10**16 + 1)), 10**16 + 1)
print(float("1e22"), float("1e23"), 1e23 == float("1e23"))
