# Starred unpacking in list/tuple/set displays and ** merging in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *"xy"])
print([*range(3), *[]], (*a,), [*{"k": 1}])
print({*a, *b}, {*a, *a})
print(*a, *b)
print([*a, *(x * 10 for x in b)])

d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"b": 0, **d1, "a": 100})
print({**d1, "z": 26, **{}})
print({**dict(x=1), **{1: "one"}})

# dict keys keep first insertion position, value from the last
print(list({**{"x": 1, "y": 2}, **{"x": 3}}.items()))

# merging with | (3.9+)
print(d1 | d2, d2 | d1)
d3 = dict(d1)
d3 |= {"q": 0}
print(d3)

# errors
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{"a": 1}, **None}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*[[1]]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d1 | [("z", 1)]
except TypeError as e:
    print(type(e).__name__, e)

# unpacking a dict gives keys; .values() and .items() work too
d = {"k": 1, "j": 2}
print([*d], [*d.values()], [*d.items()])
print((*"ab", *range(2), *d))

# nested displays
print([[*a], (*b,), {**d1}])
print(len([*range(1000), *range(1000)]))
