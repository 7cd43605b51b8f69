# the 4300-digit limit of int<->str conversion (sys.int_info.str_digits_check_threshold)
ok = int("9" * 4300)
print(len(str(ok)))
big = 10 ** 4300
for f in [lambda: str(big), lambda: int("1" * 4301), lambda: repr(-big), lambda: "%d" % big]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
h = int("f" * 5000, 16)
print(h.bit_length(), hex(h)[:10], len(hex(h)))
x = 0x1234567890abcdef1234567890abcdef
print(x, bin(x)[:12], oct(x))
