# str.encode's error handlers on ascii and latin-1 (utf-8 encodes every str).
texts = ["plain", "caf\xe9", "a\u20acb", "x\U0001f600y", "\xe9\u20ac\U0001f600", ""]
handlers = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
            "surrogateescape", "surrogatepass", "bogus"]
# (not "namereplace": ouro has no Unicode name table, so it is an unknown handler)
for codec in ["ascii", "latin-1", "utf-8"]:
    for t in texts:
        for h in handlers:
            try:
                print(codec, repr(t), h, t.encode(codec, h))
            except UnicodeEncodeError as e:
                print(codec, repr(t), h, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
            except LookupError as e:
                print(codec, repr(t), h, type(e).__name__, e)
# keyword forms, bytes()/bytearray() constructors
print("\u20ac!".encode(encoding="ascii", errors="xmlcharrefreplace"))
print(bytes("\xff\u0100", "latin-1", "backslashreplace"))
print(bytearray("\xff\u0100", "ascii", errors="xmlcharrefreplace"))
# a handler is looked up only when a character fails
print("abc".encode("ascii", "no-such-handler"))
# the run of unencodable characters in a strict error
try:
    "ab\u20ac\u20acc\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, repr(e.object))
