a, b, c = slice(1, 2), slice(1, 2), slice(1, 3)
print(a == b, a != b, a == c, a != c, a < c, c > a, a <= b, a >= c)
print(slice(None) == slice(None, None, None), slice(1.0, 2) == slice(1, 2), slice("x") == slice("x"))
print(sorted([slice(3), slice(1, 5), slice(1, 2, 3)], key=lambda s: (s.start or 0, s.stop)))
try:
    slice(None) < slice(1)
except TypeError as e:
    print("TypeError", e)
print([slice(1, 2)] == [slice(1, 2)], slice(1, 2) in [slice(0), slice(1, 2)], a == (1, 2, None))
