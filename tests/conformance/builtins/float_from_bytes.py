print(float(b"1.5"), float(b"  -2.25e3\n"), float(bytearray(b"inf")), float(b"1_000.5"))
for bad in [b"x", b"1.5\xff", b"", bytearray(b"1,5")]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
