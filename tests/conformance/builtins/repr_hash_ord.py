# repr() of every builtin type, hash() of hashable non-str values, ord/chr round trips.
print(repr(1), repr(-1.5), repr(True), repr(None), repr("s"), repr([1, "a"]), repr((1,)), repr({"a": [1]}))
print(repr(range(3)), repr(range(1, 10, 2)), repr(()), repr([]), repr({}))
print(repr(1e-10), repr(-0.0), repr(float("nan")), repr(-float("inf")), repr(2**100))
print(hash(7), hash(-7), hash(-1), hash(True), hash(0.5), hash((1, 2, 3)), hash(10**20))
print(hash(1) == hash(1.0), hash(-2) == hash(-1), hash((1, "a")[0]))
for c in ["A", "z", "~", "é", "€", "日", "😀"]:
    print(c, ord(c), chr(ord(c)) == c, ord(c) // 256)
print([chr(i) for i in range(65, 91)])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"), len(chr(1114111)))
print(repr(chr(9)), repr(chr(10)), repr(chr(92)), repr(chr(39)), repr(chr(34)))
print(sum([ord(c) for c in "checksum"]) % 256)
print(str(1.0), str(1e16), str(123456789.0), str(0.000001), str(1e-7))
print(repr([1.0, 2.50, 1e16, 1e-4]), str((0.1, 0.2)))
print(repr(repr(1)), repr(str(1.5)), repr([repr(None)]))
def rot13(s):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + 13) % 26 + ord("a"))
        elif "A" <= c <= "Z":
            out += chr((ord(c) - ord("A") + 13) % 26 + ord("A"))
        else:
            out += c
    return out
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
print([hash(x) for x in [0, 1, -1, 2**31, -2**31, 2**62]])
