# urllib.parse: parse_qs, parse_qsl (every keyword and error) and urlencode (doseq, safe, encoding, quote_via)
from urllib.parse import parse_qs, parse_qsl, urlencode, quote, quote_plus


def rep(x):
    if isinstance(x, dict):
        return "{" + ", ".join(rep(k) + ": " + rep(v) for k, v in x.items()) + "}"
    if isinstance(x, tuple):
        return "(" + ", ".join(rep(v) for v in x) + ")"
    if callable(x):
        return x.__name__
    if type(x).__name__ == "M":
        return "M()"
    return repr(x)


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, rep(a), rep(k), "->", type(e).__name__ + ":", e)
        return
    print(f.__name__, rep(a), rep(k), "->", repr(r))


QS = ["", "a=1", "a=1&b=2", "a=1&a=2&a=3", "a", "a=", "=a", "=", "&", "&&", "a=1&&b=2",
      "a=1;b=2", "a+b=c+d", "a%20b=c%2Bd", "a=%C3%A9", "a=%E9", "a=%zz", "a=1=2", "a==",
      "key=val&key", "k=%26&v=%3D", "x=1&y&z=", "\u00e9=\u00e9%C3%A9", "a=b#c", " a = b ",
      "a=1&b=2&", "&a=1", "a=%2"]
for qs in QS:
    show(parse_qsl, qs)
    show(parse_qsl, qs, True)
    show(parse_qsl, qs, strict_parsing=True)
    show(parse_qsl, qs, True, True)
    show(parse_qs, qs)
    show(parse_qs, qs, keep_blank_values=True)
show(parse_qs, "a=%E9", encoding="latin-1")
show(parse_qsl, "a=%E9&b=%C3%A9", errors="ignore")
show(parse_qsl, "a=%E9", errors="strict")
show(parse_qsl, "a=1;b=2", separator=";")
show(parse_qsl, "a=1;b=2&c=3", separator=";")
show(parse_qsl, "a=1::b=2", separator="::")
show(parse_qsl, "a=1;b=2", separator=b";")
show(parse_qsl, b"a=1;b=2", separator=b";")
show(parse_qsl, b"a=1;b=2", separator=";")
show(parse_qsl, "a=1", separator="")
show(parse_qsl, "a=1", separator=None)
show(parse_qsl, "a=1", separator=b"")
show(parse_qsl, "a=1&b=2", max_num_fields=2)
show(parse_qsl, "a=1&b=2", max_num_fields=1)
show(parse_qsl, "a=1&b=2&", max_num_fields=2)
show(parse_qsl, "", max_num_fields=0)
show(parse_qsl, "a", max_num_fields=0)
show(parse_qs, "a=1&b=2", max_num_fields=1)
show(parse_qsl, "a=1;b=2", max_num_fields=1, separator=";")
show(parse_qsl, b"a=1&b=%41+x&c")
show(parse_qsl, b"a=1&b=%41+x&c", keep_blank_values=True)
show(parse_qs, b"a=1&a=2&b=")
show(parse_qs, b"a=1&a=2&b=", True)
show(parse_qsl, b"")
show(parse_qsl, None)
show(parse_qs, None)
show(parse_qsl, b"a=\xff")
show(parse_qsl, b"a=%FF")
show(parse_qsl, b"a=%41%42")
show(parse_qsl, b"&", strict_parsing=True)
show(parse_qsl, "&", strict_parsing=True)
show(parse_qsl, "a&b", strict_parsing=True)

print("--- urlencode")
show(urlencode, {"a": 1, "b": "x y", "c": "\u00e9&="})
show(urlencode, [("a", 1), ("a", 2), ("b", None), ("c", True), ("d", 1.5)])
show(urlencode, (("k", "v"),))
show(urlencode, [])
show(urlencode, {})
show(urlencode, "abc")
show(urlencode, ["ab"])
show(urlencode, [["a", "b"]])
show(urlencode, 5)
show(urlencode, None)
show(urlencode, "")
show(urlencode, {"a": [1, 2], "b": ("x", "y z"), "c": "str", "d": b"by tes", "e": 5, "f": [], "g": {"k": 1}})
show(urlencode, {"a": [1, 2], "b": ("x", "y z"), "c": "str", "d": b"by tes", "e": 5, "f": [], "g": {"k": 1}}, True)
show(urlencode, {"a": [b"x y", "\u00e9"], b"k y": b"v/w"}, doseq=True)
show(urlencode, {b"k y": b"v/w", "s": "a/b c"})
show(urlencode, {b"k y": b"v/w", "s": "a/b c"}, safe="/")
show(urlencode, {b"k y": b"v/w", "s": "a/b c"}, safe=b"/ ")
show(urlencode, {"s": "a/b c"}, quote_via=quote)
show(urlencode, {"s": "a/b c"}, safe="/", quote_via=quote)
show(urlencode, {"s": "caf\u00e9"}, encoding="latin-1")
show(urlencode, {"s": "\u20ac"}, encoding="latin-1", errors="replace")
show(urlencode, {"s": "\u20ac"}, encoding="ascii")
show(urlencode, {"x": "1"}, quote_via=lambda s, safe="", enc=None, err=None: "<" + str(s) + ">")
show(urlencode, {"x": b"1"}, quote_via=lambda s, safe="", enc=None, err=None: "<" + repr(s) + ">")


class M:
    def items(self):
        return [("m", "1 2"), ("n", "3")]


show(urlencode, M())
show(urlencode, {"a": range(3)}, True)
print("--- round trip")
d = {"name": "J\u00f6rg & Co", "q": "a+b=c", "list": ["1", "2 3"], "": "empty", "k": ""}
enc = urlencode(d, doseq=True)
print(enc)
print(parse_qs(enc, keep_blank_values=True))
print(parse_qsl(enc))
