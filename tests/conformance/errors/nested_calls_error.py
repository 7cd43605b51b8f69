# An error raised several calls deep propagates to the top (deep traceback).
def level4(data, key):
    return data[key]
def level3(data, key):
    return level4(data, key) * 2
def level2(data, keys):
    out = []
    for k in keys:
        out.append(level3(data, k))
    return out
def level1(data):
    return level2(data, ["a", "b", "missing"])
data = {"a": 1, "b": 2}
print(level2(data, ["a", "b"]))
print(level1(data))
