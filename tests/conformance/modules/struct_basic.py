# struct: pack/unpack/calcsize with byte orders, sizes, alignment, every format code, Struct objects
import struct

print(struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("b0l"), struct.calcsize("@lhq"), struct.calcsize("=lhq"))
print(struct.calcsize("3s2xH"), struct.calcsize(" 2h i "), struct.calcsize(b"!I"), struct.calcsize("10p"), struct.calcsize(""))
for fmt in ("<i", ">i", "!h", "=H", "<q", ">Q", "@l", "<L", "@n", "@N", "@P"):
    data = struct.pack(fmt, 258)
    print(fmt, data, struct.unpack(fmt, data))
print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 2**64 - 1))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -128, 0, -32768, 0, -2**31, 0, -2**63, 0)))
print(struct.pack(">q", -2), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
for x in (1.0, -2.5, 65504.0, 0.0001, 6e-8, 1e-9, -0.0, float("inf"), 0.333):
    packed = struct.pack("<e", x)
    print(x, packed, struct.unpack("<e", packed)[0], struct.unpack(">e", struct.pack(">e", x))[0])
print(struct.unpack("<e", b"\x00\x7e")[0], struct.unpack("<d", struct.pack("<d", float("nan")))[0])
print(struct.pack("?x?", 0, [1]), struct.unpack("??", b"\x00\x05"), struct.pack("c", b"z"), struct.unpack("cc", b"ab"))
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.pack("s", b"xy"), struct.unpack("3s", b"abc"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x03abcd"), struct.unpack("4p", b"\x09abc"))
print(struct.pack("0s0p", b"a", b"b"), struct.unpack("0s", b""), struct.pack("<2h3x", 1, 2), struct.pack("@bxxi", 1, 2))
print(struct.pack("<i", True), struct.pack("<h", False), struct.pack("<d", 3), struct.pack(b"<H", 7))

class Idx:
    def __index__(self):
        return 42

print(struct.pack("<I", Idx()), struct.pack("<B", Idx()))
buf = bytearray(10)
struct.pack_into("<hi", buf, 2, -1, 0x01020304)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<i", buf, offset=4), struct.unpack_from("<h", buffer=buf))
struct.pack_into("<H", buf, -2, 0xBEEF)
print(buf, struct.unpack_from("<H", buf, -2), struct.unpack_from(">H", bytes(buf), 8))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")), list(struct.iter_unpack("b", b"")))

s = struct.Struct("<3sHd")
print(s.format, s.size, s.pack(b"ab", 9, 0.5), s.unpack(s.pack(b"xyz", 1, 2.0)))
print(s.unpack_from(b"\x00" + s.pack(b"q", 3, -1.0), 1), list(s.iter_unpack(s.pack(b"a", 1, 1.0) * 2)))
b2 = bytearray(s.size)
s.pack_into(b2, 0, b"k", 5, 4.25)
print(b2, struct.Struct(b">I").format, struct.Struct("").size)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception), struct.Struct.__name__)
print(struct.unpack("<H", bytearray(b"\x34\x12")), struct.pack(">I", 0xDEADBEEF).hex())
