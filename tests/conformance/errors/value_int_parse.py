# ValueError: invalid literal for int() with base 10.
for s in ["12", " -7 ", "+0", "1_000"]:
    print(repr(s), int(s))
print(int("abc"))
