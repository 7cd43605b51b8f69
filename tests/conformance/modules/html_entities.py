import html.entities
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(list(html5)[:12], list(html5)[-6:])
print(list(name2codepoint)[:8], list(codepoint2name.items())[:4], list(entitydefs)[-4:])
print(name2codepoint["amp"], name2codepoint["lang"], name2codepoint["rang"], name2codepoint["euro"])
print(codepoint2name[0x3b1], codepoint2name[169], repr(entitydefs["nbsp"]), repr(entitydefs["lt"]))
print(ascii(html5["lang;"]), ascii(html5["acE;"]), ascii(html5["Tab;"]), ascii(html5["NotEqualTilde;"]))
print(ascii(html5["AElig"]), "AElig" in html5, "alpha" in html5, "alpha;" in html5)
# A checksum over the whole table (order included).
acc = 0
for i, (k, v) in enumerate(html5.items()):
    for c in k + v:
        acc = (acc * 31 + ord(c) + i) % 1000000007
print(acc)
print(sorted(html.entities.__all__))
print(all(entitydefs[n] == chr(c) for n, c in name2codepoint.items()))
print(sum(1 for k in html5 if not k.endswith(";")))
