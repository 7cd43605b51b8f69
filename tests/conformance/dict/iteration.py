# Iterating dicts, views reflect later changes, building dicts, dict equality.
d = {}
for i in range(5):
    d[str(i)] = i * i
print(d)
ks = d.keys()
vs = d.values()
d["5"] = 25
print(ks, len(ks), vs)
print(list(d.items())[-1])
total = 0
for v in d.values():
    total += v
print(total)
keys_sorted = sorted(d, reverse=True)
print(keys_sorted)
pairs = list(zip(["a", "b", "c"], [1, 2, 3]))
z = dict(pairs)
print(z, dict(zip("xyz", range(3))))
print(dict(enumerate("abc")))
m = {"k1": [1, 2], "k2": [3]}
flat = []
for k in m:
    for x in m[k]:
        flat.append((k, x))
print(flat)
a = {1: [1, 2], 2: {"x": (1, 2)}}
b = {2: {"x": (1, 2)}, 1: [1, 2]}
print(a == b, a == {1: [1, 2]}, {} == {}, {1: 1} == {1: 1.0}, {1: 1} == {1.0: True})
print(list(a.keys()) == list(b.keys()))
sq = {}
n = 1
while len(sq) < 6:
    sq[n] = n * n
    n += 2
print(sq, max(sq), min(sq.values()), sum(sq))
print(len(d.items()), ("0", 0) in d.items(), 16 in d.values(), "4" in d.keys())
rev = {}
for k, v in reversed(list(d.items())):
    rev[k] = v
print(rev)
print(list(reversed(list(d))))
print(sorted(d.values(), reverse=True))
