# Rich comparison dunders; sorted/min/max via __lt__; reflected comparisons.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text
    def __repr__(self):
        return "v" + self.text
    def __eq__(self, o):
        return self.parts == o.parts
    def __ne__(self, o):
        return self.parts != o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9"), Version("1.2")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") < Version("1.10"), Version("2") >= Version("1.99"))
print(Version("1.0") < Version("1.0.0"), Version("1") != Version("1"), Version("3") <= Version("3"))
print(Version("1") < Version("2") < Version("3"), Version("1") < Version("3") < Version("2"))
verbose = True
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if verbose:
            print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return "L" + str(self.v)
a = OnlyLt(1)
b = OnlyLt(2)
print(a < b)
print(b > a)
verbose = False
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(3), OnlyLt(5), OnlyLt(4)]))
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Loose.__eq__")
        return self.v == o
print(Loose(5) == 5, 5 == Loose(5), Loose(5) != 5)
print(Loose(1) in [0, 1], [Loose(2)] == [2])
class Same:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Same(" + str(self.v) + ")"
x = Same(1)
print(x == x, x != x, x == Same(1), [x] == [x], x in [x])
