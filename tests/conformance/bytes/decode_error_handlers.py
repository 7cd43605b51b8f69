# bytes.decode's error handlers on utf-8, ascii and latin-1.
datas = [b"plain", b"caf\xc3\xa9", b"caf\xe9", b"a\xffb\xfe", b"\xe2\x82", b"\xe2\x82x",
         b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xef\xbf\xbd\xff", b"\xf5\x80", b""]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "namereplace", "bogus"]
for codec in ["utf-8", "ascii", "latin-1"]:
    for d in datas:
        for h in handlers:
            try:
                print(codec, d, h, repr(d.decode(codec, h)))
            except UnicodeDecodeError as e:
                print(codec, d, h, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
            except (LookupError, TypeError) as e:
                print(codec, d, h, type(e).__name__, e)
# bytearray, keywords, str(b, enc, errors)
print(repr(bytearray(b"x\x80y").decode("ascii", errors="backslashreplace")))
print(repr(bytearray(b"x\x80y").decode(errors="replace")))
print(repr(str(b"\xff\xfeok", "utf-8", "backslashreplace")))
# a handler is looked up only when a byte fails
print(repr(b"abc".decode("utf-8", "no-such-handler")))
# surrogateescape and surrogatepass on input that decodes (ouro's strs hold
# no lone surrogates, so only input that needs none is tried here)
print(repr(b"caf\xc3\xa9".decode("utf-8", "surrogateescape")), repr(b"ok".decode("ascii", "surrogatepass")))
print("caf\xe9".encode("utf-8", "surrogateescape"), "ok".encode("ascii", "surrogatepass"))
# round trip through backslashreplace
print(b"\x00\x7f\x80\xff".decode("ascii", "backslashreplace").encode("ascii"))
