# binascii: hex with separators, Base64 (newline=, strict_mode=), crc32, crc_hqx, Error and Incomplete
import binascii

data = bytes(range(1, 6))
for n in (1, 2, -2, 3, -3, 0, 5, 6, -6, 100):
    print(n, binascii.hexlify(data, "-", n), binascii.b2a_hex(data, b"|", n))
print(binascii.hexlify(b""), binascii.hexlify(b"", ":"), binascii.hexlify(bytearray(b"\x00\xff")))
print(binascii.b2a_hex(b"\xde\xad\xbe\xef", sep=" "), binascii.hexlify(b"\xab", ":", 4))
print(binascii.unhexlify(b"deadBEEF"), binascii.a2b_hex("00ff"), binascii.unhexlify(bytearray(b"AbCd")), binascii.unhexlify(""))

def check(f, *args, **kwargs):
    try:
        print(f.__name__, f(*args, **kwargs))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for a in ("x", 1, None, [1]):
    check(binascii.hexlify, a)
check(binascii.hexlify, b"ab", "::")
check(binascii.hexlify, b"ab", "é")
check(binascii.hexlify, b"ab", 1)
check(binascii.hexlify, b"ab", None, 2)
for a in ("x", 1, None, "é", "abc", b"zz", b"0g", "  ", b"1 2 "):
    check(binascii.unhexlify, a)
for a in (b"", b"f", b"fo", b"foo", b"foobar", bytes(range(256)), bytearray(b"\xff\xfe")):
    enc = binascii.b2a_base64(a)
    print(enc[:40], binascii.b2a_base64(a, newline=False)[-8:], binascii.a2b_base64(enc) == a)
check(binascii.b2a_base64, "x")
check(binascii.b2a_base64, 1)
for a in (1, "é", "YWJj", b"YW\nJj", b"YWJ", b"YWJjZ", b"YQ==YQ==", b"Y!Q=", b"", "Zm9vYg=="):
    check(binascii.a2b_base64, a)
for a in (b"YQ=", b"=YQ==", b"YQ==x", b"Y Q==", b"Y=Q=", b"YWJj"):
    check(binascii.a2b_base64, a, strict_mode=True)

for a in (b"", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256))):
    print(binascii.crc32(a), binascii.crc_hqx(a, 0), binascii.crc_hqx(a, 0xffff))
print(binascii.crc32(b"hello", 5), binascii.crc32(b"hello", -1), binascii.crc32(b"world", binascii.crc32(b"hello ")),
      binascii.crc32(b"hello world"), binascii.crc32(b"x", 2 ** 40))
print(binascii.crc_hqx(b"hello", 0x1ffff), binascii.crc_hqx(b"hello", -1), binascii.crc_hqx(bytearray(b"123456789"), 0))
check(binascii.crc32, "x")
check(binascii.hexlify, b"ab", b"\xff")
check(binascii.crc_hqx, "x", 0)

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
try:
    binascii.unhexlify("abc")
except ValueError as e:
    print("caught as ValueError:", type(e).__module__, type(e).__qualname__, e)
import base64
print(base64.b64decode("Zm9v"), binascii.Error is getattr(__import__("base64"), "binascii", binascii).Error)
try:
    base64.b64decode("Zm9vY")
except binascii.Error as e:
    print("base64 raises binascii.Error:", e)
