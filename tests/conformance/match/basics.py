# match: literal, value, singleton, capture, wildcard, sequence (with star), mapping and class patterns in one dispatcher
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty seq"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"k": v, **kw}:
            return f"mapping k={v} rest={kw}"
        case {}:
            return "some mapping"
        case str() as s:
            return "str " + s
        case _:
            return "other"

for v in [0, 1, 2, 3, -1, 1.5, 2+3j, "hello", None, True, False, [], (), [5], (6,), [1, 2], (3, 4), [1, 2, 3], range(4), {"k": 1, "z": 2}, {"a": 1}, {}, "abc", 3.25, {1, 2}]:
    print(repr(v), "->", classify(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=xx, y=yy):
            return f"somewhere {xx},{yy}"
        case int(n) | float(n):
            return f"number {n}"
        case (Point(x=1) | Point(y=1)) as pt:
            return "unreachable"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, "x"]:
    print(where(p))

match (1, 2):
    case (1, x) | (x, 1):
        print("x is", x)
match (3, 1):
    case (1, x) | (x, 1):
        print("x is", x)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, second]}}:
        print("second", second)
x = 10
match 5:
    case x:
        print("captured", x)
print(x)
y = None
match 3:
    case 4 if (y := "guard ran"):
        pass
    case n if n > 2:
        print("guard n", n)
print(y)
