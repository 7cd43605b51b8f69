# int.to_bytes and int.from_bytes
for n, length, order, signed in [(0, 1, "big", False), (1, 2, "big", False), (1, 2, "little", False), (255, 1, "big", False),
                                 (256, 2, "big", False), (-1, 1, "big", True), (-1, 4, "little", True), (-129, 2, "big", True),
                                 (127, 1, "big", True), (2 ** 64 - 1, 8, "little", False), (-2 ** 63, 8, "big", True), (0, 0, "big", False),
                                 (10 ** 30, 13, "big", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
print((1024).to_bytes(2, byteorder="little"), (5).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2], "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x10"), "big"))
print(True.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
for bad in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(1, 'middle')",
            "(1).to_bytes(-1, 'big')", "int.from_bytes('ab', 'big')", "(0).to_bytes(0, 'big', signed=True)", "(-1).to_bytes(0, 'big', signed=True)"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "!!", type(e).__name__ + ":", e)
