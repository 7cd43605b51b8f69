# ValueError: too many values to unpack (expected 2).
a, b = [1, 2]
print(a, b)
for x, y in [(1, 2), (3, 4), (5, 6, 7)]:
    print(x, y)
