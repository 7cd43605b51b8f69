# struct errors: range checks per code and byte order, bad formats, argument counts, buffer sizes and offsets
import struct

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

values = (2**31, 2**32, 2**63, 2**64, -1, -2**31 - 1, -2**63 - 1, 128, 2**15, 2**16)
for mode in "@<>":
    for code in "bBhHiIlLqQ":
        seen = []
        for v in values:
            r = attempt(struct.pack, mode + code, v)
            r = "ok" if isinstance(r, bytes) else r
            if r not in seen:
                seen.append(r)
        print(mode + code, seen)
print(attempt(struct.pack, "P", -1), attempt(struct.pack, "P", 2**64), attempt(struct.pack, "n", 2**63), attempt(struct.pack, "N", -1))
for fmt, v in [("i", "x"), ("i", 1.5), ("i", None), ("f", "x"), ("d", None), ("c", "a"), ("c", b"ab"), ("s", 1),
               ("p", "x"), ("e", 1e10), ("<e", 65520.0), ("<f", 1e300), ("f", 1e300), ("z", 1), ("<n", 1), ("=P", 1), ("5", 1), ("3s", "abc")]:
    print(fmt, repr(v), attempt(struct.pack, fmt, v))
print(attempt(struct.pack, "ii", 1), attempt(struct.pack, "i", 1, 2), attempt(struct.pack, "", 1), attempt(struct.pack))
print(attempt(struct.unpack, "i", b"12"), attempt(struct.unpack, "i", "abcd"), attempt(struct.unpack, "i"))
print(attempt(struct.unpack_from, "i", b"12"), attempt(struct.unpack_from, "i", b"123456", 4))
print(attempt(struct.unpack_from, "i", b"123456", -7), attempt(struct.unpack_from, "i", b"123456", -2), attempt(struct.unpack_from, "i", b"1234", 2.0))
print(attempt(struct.pack_into, "i", bytearray(4), 2, 1), attempt(struct.pack_into, "i", b"1234", 0, 1))
print(attempt(struct.pack_into, "i", bytearray(4), -5, 1), attempt(struct.pack_into, "i", bytearray(8), -2, 1))
print(attempt(struct.pack_into, "i", bytearray(4), 0), attempt(struct.pack_into, "i", bytearray(4)), attempt(struct.pack_into, "i"))
print(attempt(struct.iter_unpack, "i", b"12345"), attempt(struct.iter_unpack, "", b""), attempt(struct.calcsize, 5))
print(attempt(struct.calcsize, "99999999999999999999i"), attempt(struct.calcsize, "9999999999999999999q"), attempt(struct.calcsize, "4 i"))
print(attempt(struct.Struct, "Z"), attempt(struct.Struct("<h").unpack, b"1"), attempt(struct.Struct("<h").pack, 1, 2))
