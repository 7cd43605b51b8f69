# base64: Base64 (standard, altchars, URL-safe, validate), Base32 (and hex), Base16 and the MIME forms, with their errors
import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd\xfb"]
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    print(e64[:60], e32[:40], e32h[:40], e16[:40])
    assert base64.b64decode(e64) == s and base64.b32decode(e32) == s
    assert base64.b32hexdecode(e32h) == s and base64.b16decode(e16) == s
    print(base64.urlsafe_b64encode(s)[-12:], base64.standard_b64encode(s)[-12:])

print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64encode(bytearray(b"\xfb\xff")))
print(base64.b64decode("+/+/"), base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64decode("*.*.", altchars="*."))
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"_-8="), base64.standard_b64decode("Zm9v"))
print(base64.b64decode(b"Zm9v\nYmFy\n"), base64.b64decode(b"Zm 9v!YmFy"), base64.b64decode(b"YQ==YQ=="))
print(base64.b64decode(b"YWI=junk"), base64.b64decode(bytearray(b"YWJj")))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ="), base64.b32decode("ME======"))
print(base64.b32decode(b"0N1Q====", map01=b"L"), base64.b32decode(b"0N1Q====", map01=b"I"))
print(base64.b32hexdecode(b"cpnmu===", casefold=True), base64.b16decode(b"666f6f", casefold=True))
text = bytes(range(100))
enc = base64.encodebytes(text)
print(enc)
print(base64.decodebytes(enc) == text, base64.encodebytes(b""), base64.decodebytes(b"Zm9v\n"))

def check(f, *args, **kwargs):
    try:
        print(f.__name__, f(*args, **kwargs))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, isinstance(e, ValueError))

check(base64.b64decode, b"YQ=")
check(base64.b64decode, b"a")
check(base64.b64decode, b"abcde")
check(base64.b64decode, b"ab!c")
check(base64.b64decode, b"ab!c", validate=True)
check(base64.b64decode, b"=abc", validate=True)
check(base64.b64decode, b"YQ==YQ==", validate=True)
check(base64.b64decode, b"YQ=a=", validate=True)
check(base64.b64decode, b"YWJj", validate=True)
check(base64.b64decode, "caf\xe9")
check(base64.b64decode, 5)
check(base64.b64encode, "text")
check(base64.b64encode, b"x", altchars=b"-")
check(base64.b32decode, b"MZXW6")
check(base64.b32decode, b"MZXW6YQ1")
check(base64.b32decode, b"MZXW6===", map01=b"LL")
check(base64.b32decode, b"M=======")
check(base64.b32decode, b"mzxw6===")
check(base64.b32encode, "text")
check(base64.b16decode, b"abc")
check(base64.b16decode, b"ABC")
check(base64.b16decode, b"AG")
check(base64.b16encode, "text")
check(base64.encodebytes, "text")
check(base64.decodebytes, "text")
print([n in base64.__all__ for n in ("b64encode", "b32hexdecode", "encodebytes", "urlsafe_b64decode")])
