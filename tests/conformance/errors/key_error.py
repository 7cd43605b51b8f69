# KeyError for a missing dict key: the last stderr line is KeyError: 'k'.
d = {"a": 1, "b": 2}
print(d["a"], d.get("k"), d.get("k", 0), "k" in d)
print(d["k"])
