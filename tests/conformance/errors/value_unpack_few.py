# ValueError: not enough values to unpack (expected 3, got 2).
a, b, c = "xyz"
print(a, b, c)
p, q, r = (1, 2)
