# identifiers are NFKC-normalized (PEP 3131): ﬁ is fi, ℌ is H, full-width letters are ASCII
ﬁle = "ligature"
print(file)
ℌ = 8
print(H)
ｗｉｄｅ = 3
print(wide)
def ｆ(ｘ):
    return ｘ * 2
print(f(21))
class Ｋ:
    ａｔｔｒ = 5
print(K.attr, getattr(K, "attr"))
café = 1
print(café)
