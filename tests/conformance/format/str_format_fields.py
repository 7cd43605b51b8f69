# str.format: automatic and manual numbering, keywords, attributes and items.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b", "c"]
        self.meta = {"k": "v", 1: "one", "1": "str one"}

p = Pt(3, 4)
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0} {1}".format("a", "b"))
print("{1}{0}".format("x", "y"), "{}".format("only"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0} and {who}".format("me", who="you"))
print("{0.x},{0.y} {p.x}".format(p, p=p))
print("{0.tags[1]} {0.meta[k]} {0.meta[1]}".format(p))
print("{0[0]}{0[2]} {1[key]} {1[2]}".format("abc", {"key": "val", 2: "two"}))
print("{0[0][1]} {0[1].x}".format([[1, 2], p]))
print("{t.meta[k]!r:>6}|".format(t=p))
print("{} {}".format([1, 2], (3,)), "{}".format(None))
print("{0}{0}{0}".format("ab"))
print("{:}{:}".format(1, 2))
print("{00}{01}".format("z", "o"))
print("".format(1, 2), "no fields".format(x=1))
print("extra args ok {}".format(1, 2, 3))
print("{a}{b}".format(b=2, a=1, c=3))
print("{x}".format_map({"x": "mapped"}), "{y[0]}".format_map({"y": [5]}))

class Defaulting:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{anything} {else}".format_map(Defaulting()))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: "{0[5]}".format([1]))
attempt(lambda: "{0[x]}".format({}))
attempt(lambda: "{0.z}".format(p))
attempt(lambda: "{0[0]}".format(5))
attempt(lambda: "{}".format_map({}))
attempt(lambda: "{0}".format_map({"0": 1}))
attempt(lambda: "{x}".format_map({}))
attempt(lambda: "{x}".format_map(5))
