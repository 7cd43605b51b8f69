# match: when names are bound (only after the whole pattern matched), OR-pattern capture order, guards seeing captures
def f(subject):
    a = b = c = "unset"
    match subject:
        case [a, b, 99]:
            result = "first"
        case [1, c] | [c, 1]:
            result = "second"
        case {"x": a, "y": [b, *c]} if len(c) < 2:
            result = "third"
        case (a, b) as c if a is not None:
            result = "fourth"
        case _:
            result = "none"
    return result, a, b, c

for s in [[1, 2, 99], [1, 2, 3], [1, 5], [5, 1], {"x": 1, "y": [2, 3]}, {"x": 1, "y": [2, 3, 4]}, (None, 2), (3, 4), "zz"]:
    print(s, f(s))

def g(v):
    match v:
        case [x, y] | {"x": x, "y": y} | (y, x, _):
            return (x, y)
        case {"p": [p, q]} | {"q": [q, p]}:
            return (p, q)
    return None

for v in [[1, 2], {"x": 3, "y": 4}, (5, 6, 7), {"p": [1, 2]}, {"q": [1, 2]}, 8]:
    print(g(v))

match 42:
    case n if n < 0:
        print("negative")
    case n if n % 2:
        print("odd")
    case n:
        print("even", n)

def nested(v):
    match v:
        case [[a, b], [c, d]] if a + b == c + d:
            return "balanced", a, b, c, d
        case [[*xs], [*ys]]:
            return "lists", xs, ys
        case [int() | float() as num, str() as s]:
            return "num/str", num, s
        case [*_, last]:
            return "last", last
    return "nothing"

for v in [[[1, 2], [2, 1]], [[1, 2], [3]], [2.5, "a"], [7, "b"], [1, 2, 3], [], "ab"]:
    print(nested(v))
match [1, 2, 3, 4]:
    case [1, *_, 4]:
        print("ends")
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest)
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
match 1.0:
    case 1:
        print("1.0 == 1")
match 0:
    case False:
        print("0 is False?")
    case 0:
        print("0 is not False")
match -0.0:
    case 0:
        print("-0.0 == 0")
match 1 + 0j:
    case 1:
        print("complex == int")
