# bytes.hex with a separator and a group size, from the right or the left.
data = bytes(range(1, 8))
print(data.hex(), data.hex(":"), data.hex(":", 2), data.hex(":", 3), data.hex(":", -2), data.hex(":", -3))
print(data.hex(b"-", 7), data.hex(b"-", 8), data.hex(b"-", -7), data.hex(" ", 0), data.hex(sep="|", bytes_per_sep=4))
print(b"".hex(":"), b"\xff".hex(":"), bytearray(b"\x00\xab\xcd").hex("_"), bytearray(b"\x00\xab\xcd").hex("_", -1))
print(memoryview(b"ab").hex(":"))
for args in [("ab",), ("",), (1,), (":", "x"), ("\xe9",), (":", 1, 2)]:
    try:
        print(b"ab".hex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"ab".hex(bogus=1)
except TypeError as e:
    print("TypeError", e)
