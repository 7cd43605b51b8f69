# Dict insertion order, overwrite keeps position, pop+reinsert moves to end, 1/1.0/True same key.
d = {"b": 1, "a": 2, "c": 3}
print(d)
d["a"] = 20
print(d)
d["z"] = 26
print(d)
v = d.pop("b")
d["b"] = v
print(d, list(d))
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
d = {True: "t", 1: "one", 1.0: "float"}
print(d)
d = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(d)
d = {}
for k in [3, 1, 2, 1, 3, 0]:
    d[k] = d.get(k, 0) + 1
print(d)
e = {"x": 1, "y": 2}
e.update({"y": 20, "w": 0})
e.update([("v", 5), ("x", 10)])
print(e)
print(e == {"w": 0, "v": 5, "x": 10, "y": 20}, e != {"x": 10})
print(list(e.keys()), list(e.values()), list(e.items()))
print(e.keys(), e.values(), e.items())
print({}.keys(), {}.items())
print(dict(), dict([("a", 1), ("b", 2)]), dict({"c": 3}), dict([(1, 2)]))
for k in e:
    print(k, e[k], end="; ")
print()
for k, v in e.items():
    print(k + "=" + str(v), end=" ")
print()
print("x" in e, "q" in e, 10 in e, 10 in e.values(), ("x", 10) in e.items())
print(len(e), len({}), bool({}), bool({0: 0}))
