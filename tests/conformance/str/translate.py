# str.translate, str.maketrans (all three forms), str.isprintable.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcd dcba".translate(t))
print(sorted(str.maketrans({"a": "1", 98: None, "c": 120}).items()))
print(sorted("".maketrans({}).items()))
print(str.maketrans("", ""), str.maketrans("", "", ""))
print(sorted(str.maketrans("é", "ü", "ñ").items()))
print(type(str.maketrans("a", "b")).__name__)
print("hello".translate({ord("l"): "LL", ord("o"): None, ord("h"): 72}))
print("hello".translate({}))
print("".translate({1: 2}))
print("héllo €".translate({ord("é"): "e", ord("€"): "EUR"}))


class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        if k == 98:
            raise IndexError(k)
        if k == 99:
            raise KeyError(k)
        if k == 100:
            raise ValueError("bad %d" % k)
        return k + 1


print("abcxyz".translate(Table()))
show(lambda: "abcd".translate(Table()))
print("abc".translate(["x", "y", "z"] * 40))
print("abc".translate("0123456789" * 12))
show(lambda: "a".translate({97: 1.5}))
show(lambda: "a".translate({97: 0x110000}))
show(lambda: "a".translate({97: -1}))
show(lambda: "a".translate({97: b"x"}))
show(lambda: "a".translate(5))
show(lambda: "a".translate())
show(lambda: "a".translate({}, {}))
show(lambda: "a".translate(table={}))
show(lambda: str.maketrans())
show(lambda: str.maketrans("a", "b", "c", "d"))
show(lambda: str.maketrans("ab"))
show(lambda: str.maketrans(5))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({"": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans({(1,): 1}))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans("a", 5))
show(lambda: str.maketrans(5, "a"))
show(lambda: str.maketrans("a", "b", 5))
show(lambda: str.maketrans(5, 5))
show(lambda: str.maketrans(5, "a", 5))
show(lambda: str.maketrans({"a": 1}, "b"))
show(lambda: str.maketrans(x="a", y="b"))
print(sorted("xyz".maketrans("a", "b").items()))
print(sorted(str.maketrans({True: 1, "z": "zz"}).items()))


class D(dict):
    pass


show(lambda: str.maketrans(D(a=1)))
print("abc".translate(str.maketrans("abc", "bca")).translate(str.maketrans("abc", "bca")))
for s in ["", "abc", "a b", "a\tb", "a\nb", "\x7f", "\xa0", "é", "\u200b", "\u2028", "\U0001F600",
          "\ue000", "\u0378", "\U000E0001", "\u3000", " ", "~", "\xad", "\U00020000"]:
    print(repr(s), s.isprintable())
show(lambda: "a".isprintable(1))
