# str.split() with no separator on ASCII text (a byte-level path) and on
# text with other whitespace, with every maxsplit; lower/upper.
tests = ["", " ", "a", " a ", "a b  c", "\ta\nb\x0bc\x0cd\re\x1cf\x1dg\x1eh\x1fi j", "  lead", "trail  ", "x\x1f", "\x85a b", "a\u00a0b c"]
for t in tests:
    for m in (-1, 0, 1, 2, 5):
        print(repr(t), m, t.split(maxsplit=m), t.split(None, m) == t.split(maxsplit=m))
print("ABC def".lower(), "ÀB".lower(), "ΑΣ ΣΑ".lower(), "abc".upper())
