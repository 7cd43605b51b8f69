# format() of ints: alignment, signs, bases, alternate forms, 'c' and 'n'.
def show(v, spec):
    print(repr(spec).ljust(10), "->", "[" + format(v, spec) + "]")

for spec in ["", "d", "8", "<8", ">8", "^8", "=8", "*^9", "+", "-", " ", "+08", " 08", "08"]:
    show(42, spec)
    show(-42, spec)
for spec in ["b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "#10X", "<#8o"]:
    show(255, spec)
    show(-255, spec)
show(0, "#b")
show(0, "#x")
show(65, "c")
show(0x263A, "^5c")
show(97, "05c")
show(1234567, "n")
show(-1234567, "012n")
# bools format as ints once a spec is given
show(True, "")
show(True, "d")
show(False, "5")
show(True, "#x")
show(True, ".2f")
# big ints
big = 2 ** 100
show(big, "")
show(big, "x")
show(-big, "#o")
show(big, ">40")
show(big, ".3e")
show(-(10 ** 25), "=+35")
# ints with float presentation types
show(7, "e")
show(7, ".1f")
show(3, "%")
show(10 ** 20, "g")
show(123, "G")
