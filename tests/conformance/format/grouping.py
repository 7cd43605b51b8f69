# Thousands separators and zero padding, which interleave in CPython.
def show(v, spec):
    print(repr(v), repr(spec), "->", "[" + format(v, spec) + "]")

for v in [0, 7, 999, 1000, 123456, 1234567, -1234567, 10 ** 12, -(2 ** 64)]:
    for spec in [",", "_", "010,", "011_", "=+14,", "<14,", "^14_", "*>14,"]:
        show(v, spec)
for v in [0, 255, 65535, 2 ** 32, -(2 ** 40)]:
    for spec in ["_x", "#_x", "_b", "#_o", "_X", "#012_x"]:
        show(v, spec)
for v in [1234.5678, -1234567.891, 0.5, 1e10, 123.0]:
    for spec in [",", ",.2f", "_.3f", "012,.1f", ",e", ",.3g", ",%", "_g", "020,"]:
        show(v, spec)
show(float("inf"), "015,")
show(float("nan"), "=+8,")
show(12, "0=5")
show(12, "0<5")
show(12, "x^5")
show(-12, "00")
print("{:,}".format(1234567), "{:_}".format(7654321), f"{9876543:,}")
