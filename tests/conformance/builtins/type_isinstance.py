# type(), isinstance() with tuples of types, and conversions between builtin types.
vals = [1, 1.0, True, None, "s", [1], (1,), {1: 1}, range(1), 10**30]
for v in vals:
    print(repr(v), type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(None) == type(None))
print(isinstance(True, int), isinstance(1, (float, str)), isinstance(1.0, (int, float)), isinstance("x", (list, tuple, str)))
print(isinstance([], (list,)), isinstance((), list), isinstance({}, dict), isinstance(range(0), range))
print(type(type(1)), type(int), type(type))
print(int, float, str, bool, list, tuple, dict, range, type)
print(str(int), repr(str))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "sequence"
    return "other"
print([kind(v) for v in vals])
print(type(1 + 1.0), type(1 + True), type(True + True), type(3 / 1), type(3 // 1), type(3.0 // 1))
print(type("a" * 2), type([] + []), type(1 == 1), type(divmod(1, 2)), type(round(1.5)), type(abs(-1.5)))
print(list((1, 2)), tuple([1, 2]), str([1, 2]), list("12"), dict([(1, 2)]), bool("x"))
print(int("5") + int(5.9) + int(True), float("5") + float(5), str(5) + str(5.0) + str(True))
print(type(int) == type(str), type(type) is type)
t = type(5)
print(t("42") + 1, type("")("abc"), type([])("ab"), type(0.0)("1.5"))
