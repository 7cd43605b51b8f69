# format() of strs and of other objects: truncation, padding, __format__.
def show(v, spec):
    label = repr(v) if isinstance(v, str) else type(v).__name__
    print(label, repr(spec), "->", "[" + format(v, spec) + "]")

for spec in ["", "s", "8", "<8", ">8", "^8", "^9", "*^9", ".2", "8.2", ">8.2s", "0", "05", "0>5", ".0", ".10"]:
    show("hello", spec)
show("", "5")
show("", ".3")
show("héllo wörld", ">14")
show("héllo wörld", ".4")
show("日本語", "*^7")
show("tab\there", "^12")

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __format__(self, spec):
        if spec == "":
            return "(" + str(self.x) + ", " + str(self.y) + ")"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

class Plain:
    def __str__(self):
        return "plain!"

p = Point(1.5, -2)
show(p, "")
show(p, ".2f")
show(p, "+05")
show(Plain(), "")
show(None, "")
show([1, "a"], "")
show((1,), "")
show({"k": 1}, "")
print(format(p), format(Plain()), format(3), format("x"))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "x")
except TypeError as e:
    print(type(e).__name__, e)
