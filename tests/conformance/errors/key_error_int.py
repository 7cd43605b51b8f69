# KeyError with a non-string key (tuple) from dict.pop without a default.
d = {(1, 2): "x", 3: "y"}
print(d.pop(3), d)
print(d.pop((2, 1)))
