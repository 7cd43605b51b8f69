# str find/rfind/index/rindex/count with start and end past either end, on ASCII and non-ASCII text.
class S(str):
    pass

texts = ["", "abcabc", "h\u00e9llo w\u00f6rld h\u00e9", "\U0001f600a\U0001f600ab", S("xyzxy"),
         "a" * 40 + "\u00e9" + "b" * 40]
subs = ["", "a", "\u00e9", "xy", "\U0001f600a"]
bounds = [None, 0, 3, -3, 50, -50]
for s in texts:
    for sub in subs:
        rows = []
        for st in bounds:
            for en in [None, 2, -4, 100]:
                r = []
                for m in ("find", "rfind", "index", "rindex", "count"):
                    try:
                        r.append(getattr(s, m)(sub, st, en))
                    except ValueError:
                        r.append("-")
                rows.append(",".join(str(x) for x in r))
        print(ascii(s)[:10], ascii(sub), " ".join(rows))
# A long text searched from many starts (each search costs what it scans).
big = "<a>" + "x" * 100000 + "</a>"
pos = 0
hits = 0
while True:
    i = big.find("x", pos, pos + 50)
    if i < 0:
        break
    hits += 1
    pos = i + 1
print(hits, big.find("</a>"), big.rfind("<a>", 1), big.index("a", 2), big.count("x", 99990))
