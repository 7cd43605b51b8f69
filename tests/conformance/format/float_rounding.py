# Correct rounding (half-even on the exact binary value) across presentation types.
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 9.995, 99.5, 1e-7, 123.456, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), format(v, ".0f"), format(v, ".2f"), format(v, ".1e"), format(v, ".3g"), format(v, ".2"), "%.3f" % v)
for p in range(0, 18, 3):
    print(p, format(0.1, "." + str(p) + "f"), format(2 / 3, "." + str(p) + "e"), format(1 / 7, "." + str(p) + "g"))
# where 'g' and no-type switch to exponent notation
for e in range(-6, 19, 2):
    v = 1.5 * 10.0 ** e
    print(e, format(v, "g"), format(v, ".4"), format(v, ""), str(v), "%g" % v)
for v in [9.9999, 99999.5, 999999.5, 0.000099995]:
    print(format(v, ".4g"), format(v, ".4"), format(v, "g"), format(v, ".1e"))
# negative zero and the z option
for v in [-0.0, -0.0001, -0.5, -1e-20, 0.0]:
    print(format(v, ".1f"), format(v, "z.1f"), format(v, "z"), format(v, "z.0e"), format(v, "+z.2g"))
print(format(1e300, ".3f")[:20], len(format(1e300, "f")))
print(format(2 ** 60, ".3e"), format(2 ** 60 + 1, ".20e"))
print(format(0.1, ".30f"), format(1 / 3, ".25g"))
