# format() of floats: presentation types, precision, signs and special values.
def show(v, spec):
    print(repr(v), repr(spec), "->", "[" + format(v, spec) + "]")

for v in [0.0, -0.0, 1.5, -2.25, 3.141592653589793, 1e16, 1.5e-7, 123456789.125, 0.1]:
    for spec in ["", "e", ".2e", "E", "f", ".0f", ".3f", "F", "g", ".3g", "G", "%", ".1%", "n"]:
        show(v, spec)
for v in [float("inf"), float("-inf"), float("nan")]:
    for spec in ["", "f", "F", "E", "+", "010", "<8", "=+9", "^9g", "%"]:
        show(v, spec)
# No type: like str() without precision, like 'g' with at least one digit after the point.
for v in [1.0, 12.0, 123.0, 1e22, 0.0001, 0.00001, 100.0]:
    for spec in [".1", ".2", ".3", ".0", "", "10"]:
        show(v, spec)
# alternate form keeps the point and trailing zeros
show(1.0, "#.0f")
show(1.0, "#.0e")
show(1.0, "#g")
show(1200.0, "#.3g")
show(5.0, "#")
