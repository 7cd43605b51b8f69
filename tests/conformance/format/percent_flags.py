# printf-style flags (- + space # 0), width, precision and '*'.
def show(fmt, args):
    print(repr(fmt).ljust(12), "[" + fmt % args + "]")

for fmt in ["%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "% 05d", "%-+5d", "%-05d", "%.3d", "%8.3d", "%-8.3d", "%08.3d"]:
    show(fmt, 42)
    show(fmt, -42)
for fmt in ["%x", "%#x", "%#X", "%#o", "%#8x", "%#-8x", "%#08x", "%+#x", "% #o", "%#.4x", "%#010.4X"]:
    show(fmt, 255)
    show(fmt, -255)
for fmt in ["%10.3f", "%-10.3f", "%010.3f", "%+.2e", "% .2e", "%#.0f", "%#.0e", "%#g", "%#.3g", "%012.4g", "%-+12.1e"]:
    show(fmt, 3.14159)
    show(fmt, -0.000123)
for fmt in ["%5s", "%-5s", "%05s", "%+s", "%.1s", "%5.1s", "%-5.1s", "%5c", "%-5c", "%05c"]:
    show(fmt, "ab" if "s" in fmt else "x")
show("%*d", (6, 42))
show("%-*d", (6, 42))
show("%*d", (-6, 42))
show("%.*f", (2, 3.14159))
show("%.*f", (-3, 3.14159))
show("%*.*f", (10, 3, 3.14159))
show("%*s|%-*s", (4, "a", 4, "b"))
show("%010s", "right")
show("%-010d", 7)
show("%+5s", "s")
