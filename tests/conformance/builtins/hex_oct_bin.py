# hex, oct, bin of ints, bools, big ints and __index__ objects; str.casefold
for v in [0, 1, -1, 255, -255, 2**63, -(2**64) + 1, True, False, 10**25]:
    print(hex(v), oct(v), bin(v))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
for s in ["Hello", "Straße", "ΣΑΣ ς", "ﬁnance ﬂow", "ǅ İ", "MASSE", "µ", "ABC def"]:
    print(s.casefold(), s.casefold() == s.lower())
print("straße".casefold() == "STRASSE".casefold())
