# Truthiness of every supported type, bool() conversions, and `not`.
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], (), (None,), {}, {0: 0}, range(0), range(1), None, True, False, 10**100, -10**100]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print([bool(v) for v in values])
print(not None, not not [], not not "x", bool(not 0))
flags = [x for x in values if not x]
print(flags)
print(len([v for v in values if v]))
count = 0
for v in values:
    count += bool(v)
print(count, type(bool(1)), bool(), bool(bool))
print(any(values), all(values), any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([[], (), {}]), all([True, 1, 1.0, "x"]))
def first_truthy(items, default=None):
    for it in items:
        if it:
            return it
    return default
print(first_truthy([0, "", [], "found", 5]), first_truthy([0, None], "none"))
x = 0
while not x:
    x = x + 1
print("loop ended with", x)
