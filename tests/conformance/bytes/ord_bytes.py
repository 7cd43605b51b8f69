# ord() of a one-byte bytes or bytearray gives the byte (pyperformance's
# pyflate reads its input this way); other lengths and types are refused.
print(ord(b"a"), ord(b"\x00"), ord(b"\xff"))
print(ord(bytearray(b"Z")), ord(bytearray([200])))
data = b"\x1f\x8b\x08"
print([ord(data[i:i + 1]) for i in range(len(data))])
for bad in (b"", b"ab", bytearray(), bytearray(b"xyz"), 3, None, [1]):
    try:
        ord(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
