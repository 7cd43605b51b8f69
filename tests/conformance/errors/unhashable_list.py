# TypeError: unhashable type: 'list' when used as a dict key.
d = {}
d[(1, 2)] = "tuple ok"
d["s"] = "str ok"
d[3.5] = "float ok"
print(d)
key = [1, 2]
d[key] = "list not ok"
print("never printed")
