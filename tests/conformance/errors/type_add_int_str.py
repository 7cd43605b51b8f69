# TypeError: unsupported operand type(s) for + between int and str.
total = 0
for item in [1, 2, 3]:
    total = total + item
print("total", total)
items = [4, 5, "6"]
for item in items:
    print("adding", repr(item))
    total = total + item
print("never printed")
