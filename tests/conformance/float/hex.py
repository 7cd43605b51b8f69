# float.hex and float.fromhex: CPython's exact text and parsing rules.
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 0.1, -0.1, 1e300, 1e-300, 5e-324, -5e-324,
        2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 123456.789, 2.0 ** 52, 2.0 ** -1022,
        1 / 3, math.pi, -math.e]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back), math.copysign(1, back))
print(float.hex(2.5), (7.0).hex())
texts = ["0x1p0", "0X1P0", "1", "-1", "+1", "  0x1.8p1  ", "\t\n0x1.8p+1\x0c\x0b\r", "1e5", "0x1e5",
         "0x.8", "0x8.", ".8", "8.", "0x1.p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
         "0x3p-1076", "0x1p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
         "0x1.fffffffffffffp1023", "0x1p1023", "0x0.00000000000008p-1022", "0x1.00000000000008p0",
         "0x1.00000000000018p0", "0x1.000000000000080000000001p0", "0x1.0000000000000fffp0",
         "0x0000000000000000000000000001p0", "0x10000000000000000000000000000p-112",
         "0x123456789abcdef0123456789abcdefp-100", "-0x0p0", "0x0p99999999999999999999",
         "0x1p-99999999999999999999", "-0x1p-99999999999999999999", "inf", "-Inf", "INFINITY",
         "+nan", "-NaN", " nan ", "0", "00", "0x0", "-0.0", "fff.fffp-4", "0x1P+5"]
for t in texts:
    show(lambda: float.fromhex(t))
bad = ["", " ", "0x", "x1", "0x1p", "0x1p+", "0x1.8.p1", "0x1p1.5", "0x 1", "1 2", "inf1", "infin",
       "nana", "--1", "+-1", "0x1q", "0xg", ".", "p1", "0x1e", "1_0", "0x1pp1", "\xa01"]
for t in bad:
    show(lambda: float.fromhex(t))
for t in ["0x1p1024", "0x2p1023", "-0x1p1024", "0x1.fffffffffffff8p1023", "0x1p99999999999999999999"]:
    show(lambda: float.fromhex(t))
show(lambda: float.fromhex(5))
show(lambda: float.fromhex())
show(lambda: float.fromhex("1", "2"))
show(lambda: (1.0).hex(1))


class F(float):
    pass


x = F.fromhex("0x1p3")
print(type(x).__name__, x, F(2.5).hex())
print((1.5).fromhex("0x3p-1"))
