# Dict methods: get/setdefault/pop with defaults, copy, clear, update, nested repr.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.pop("d", None), d)
c = d.copy()
c["b"] = "changed"
print(d, c)
c.clear()
print(c, len(c))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
nested = {"outer": {"inner": {"deep": [1, 2, {"k": "v"}]}}, "n": None}
print(nested)
print(nested["outer"]["inner"]["deep"][2]["k"])
nested["outer"]["new"] = (1, 2)
print(nested)
shallow = nested.copy()
shallow["outer"]["inner"] = 0
print(nested["outer"])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()), max(counts), max(counts.values()))
def by_count(item):
    return item[1]
print(sorted(counts.items(), key=by_count, reverse=True))
inv = {}
for k, v in counts.items():
    inv[v] = k
print(inv)
u = {"a": 1}
u.update({})
u.update({"a": 2})
print(u, {"x": 1, "y": 2} == {"y": 2, "x": 1})
print({1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", False: "bool"})
print(repr({"quote'": 'dq"', "é": "日本"}))
