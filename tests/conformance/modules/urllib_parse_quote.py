# urllib.parse: quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes and their errors
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes)


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, repr(a), repr(k), "->", type(e).__name__ + ":", e)
        return
    print(f.__name__, repr(a), repr(k), "->", repr(r))


TEXTS = ["", "abc", "a b", "a+b", "a/b/c", "~user/_x-y.z", "100%", "%41%42",
         "caf\u00e9", "\u20ac 5", "\U0001f600", "tab\tnl\nnul\x00", "?&=#;:@$,!'()*[]",
         "\x7f\x80\xff", "<script>\"x\"</script>", "  ", "a%2Fb", "\\path\\"]
for s in TEXTS:
    show(quote, s)
    show(quote, s, safe="")
    show(quote_plus, s)
    show(quote_plus, s, safe="/+")
for s in ["caf\u00e9", "\u20ac", "x\u00ff y"]:
    show(quote, s, encoding="latin-1", errors="replace")
    show(quote, s, encoding="ascii", errors="ignore")
    show(quote, s, encoding="ascii")
    show(quote_plus, s, encoding="latin-1", errors="replace")
show(quote, "a b/c", safe="b ")
show(quote, "a b/c", safe=b" ")
show(quote, "\u00e9/x", safe="\u00e9")
show(quote, b"a b\xff/")
show(quote, b"a b", safe=b"")
show(quote, bytearray(b"x y"))
show(quote, b"x", encoding="utf-8")
show(quote, b"x", errors="strict")
show(quote, b"")
show(quote, None)
show(quote, 5)
show(quote_plus, b"a b+c")
show(quote_plus, b"a b", safe=b"/")
show(quote_plus, b"a b", safe="/")
show(quote_plus, "a b", safe=b"/")
show(quote_plus, b"ab")
show(quote_from_bytes, b"a b&c/d")
show(quote_from_bytes, b"a b&c/d", "&")
show(quote_from_bytes, b"a b&c/d", b"& ")
show(quote_from_bytes, b"x\x80y", bytearray(b"\x80"))
show(quote_from_bytes, bytearray(b"\x00\x01 ~"))
show(quote_from_bytes, b"")
show(quote_from_bytes, b"safe-only_.~")
show(quote_from_bytes, "str")
show(quote_from_bytes, b"abc", safe="\u00e9b")
allbytes = bytes(range(256))
print(quote_from_bytes(allbytes))
print(quote_from_bytes(allbytes, safe="".join(chr(i) for i in range(32, 127))))
print(quote(allbytes.decode("latin-1")))

print("--- unquote")
ENC = ["", "abc", "%41%42%43", "%4", "%4g", "%", "%%", "100%", "a%2fb%2Fc", "a+b%20c",
       "%C3%A9", "%c3%a9", "%C3", "%C3x", "%E2%82%AC", "%E2%82", "%FF%FE", "caf\u00e9%20x",
       "\u00e9%C3%A9\u00e9", "%F0%9F%98%80", "%ED%A0%80", "%00%01", "x%2", "%%41", "%4%41",
       "%u0041", "+%2B+", "%C3\u00e9%A9"]
for s in ENC:
    show(unquote, s)
    show(unquote_plus, s)
    show(unquote_to_bytes, s)
for s in ["%E9t%E9", "%C3%A9", "%FF"]:
    show(unquote, s, encoding="latin-1")
    show(unquote, s, errors="strict")
    show(unquote, s, errors="ignore")
    show(unquote, s, encoding=None, errors=None)
    show(unquote_plus, s + "+", "latin-1")
show(unquote, b"%41+%C3%A9")
show(unquote, b"%FF", "utf-8", "strict")
show(unquote, bytearray(b"%41"))
show(unquote, None)
show(unquote, 5)
show(unquote_plus, b"a+b")
show(unquote_to_bytes, b"%41%4a%4A%zz")
show(unquote_to_bytes, b"")
show(unquote_to_bytes, b"plain")
show(unquote_to_bytes, "\u20ac%E2%82%AC")
show(unquote_to_bytes, None)
show(unquote_to_bytes, 0)
show(unquote_to_bytes, 5)
show(unquote_to_bytes, bytearray(b"plain"))
print("--- round trips")
for s in TEXTS + ["\u0100\u0200\u0300", "a&b=c d"]:
    q = quote(s, safe="")
    p = quote_plus(s)
    print(repr(q), unquote(q) == s, repr(p), unquote_plus(p) == s, unquote_to_bytes(q) == s.encode())
