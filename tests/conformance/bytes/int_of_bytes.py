# int() of a bytes or bytearray reads its ASCII digits, with or without a base.
print(int(b"0101", 2), int(b"  42\n"), int(bytearray(b"-7")), int(b"ff", 16), int(b"0x1f", 0))
print(int(b"1_000"), int(bytearray(b"z"), 36))
for bad in [b"12a", bytearray(b"x"), b"\xb2", b"", b"1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(b"9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(b"1", 99)
except ValueError as e:
    print("ValueError:", e)
