# bytes in loops (traced under the JIT modes), as dict keys, in match statements and sorting
data = b"The quick brown fox"
counts = {}
for byte in data:
    counts[byte] = counts.get(byte, 0) + 1
print(sorted(counts.items())[:5])
out = bytearray()
for i in range(100):
    out.append((i * 7) % 256)
    if len(out) > 10:
        out.pop(0)
print(out, out.hex())
words = data.split()
total = 0
for w in words:
    for c in w:
        total += c
print(words, total)
def kind(v):
    match v:
        case b"":
            return "empty"
        case b"GET" | b"POST":
            return "method"
        case {b"k": val}:
            return ("keyed", val)
        case bytes() as raw if raw.startswith(b"\x89PNG"):
            return "png"
        case bytearray():
            return "mutable"
        case _:
            return "other"
for v in [b"", b"GET", b"POST", {b"k": 1}, b"\x89PNG....", bytearray(b"x"), b"zz", "GET"]:
    print(kind(v))
table = {b"one": 1, b"two": 2}
acc = 0
for k in [b"one", b"two", b"one"] * 50:
    acc += table[k]
print(acc)
enc = []
for s in ["abc", "héllo", "naïve"]:
    e = s.encode()
    enc.append((len(s), len(e), e.decode() == s))
print(enc)
print(bytes(reversed(b"abc")), b"-".join(bytes([c]) for c in b"xyz"))
