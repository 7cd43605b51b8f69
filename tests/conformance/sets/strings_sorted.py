# Sets of strings: membership, dedup and algebra, always printed through sorted() or len().
vowels = set("aeiou")
text = "the quick brown fox jumps over the lazy dog"
letters = set(text) - {" "}
print(len(letters), sorted(letters - vowels)[:5], sorted(vowels - letters))
print("a" in vowels, "y" in vowels, "ae" in vowels)

words = text.split()
print(len(words), len(set(words)), sorted(set(words)))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print("duplicates:", dups)

# order-preserving dedup via a set of seen items
def unique(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(unique("abracadabra"), unique([3, 1, 3, 2, 1]))

a = {"apple", "banana", "cherry"}
b = {"banana", "date", "cherry", "elder"}
print(sorted(a | b))
print(sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, a & b < b, {"apple"} <= a)

# membership with mixed types never raises for hashables
mixed = {1, "1", 1.5, None, (1,)}
print(len(mixed), 1 in mixed, "1" in mixed, 2 in mixed, (1,) in mixed)
print(sorted(mixed, key=repr))

# case-insensitive grouping
names = ["Ann", "ann", "BOB", "bob", "Cy"]
print(sorted({n.lower() for n in names}), len({n for n in names}))
print(sorted(set(map(str.upper, names))))
try:
    sorted({"a", 1})
except TypeError as e:
    print(type(e).__name__, e)
print(",".join(sorted({"z", "y", "x"})), max({"pear", "fig"}), min(set("hello")))
