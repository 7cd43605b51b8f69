# Slices with the most negative step and range slices whose bounds leave
# i64 (integer overflows found by the no-panic audit; debug builds panicked).
print(range(-2**63, 2**63 - 1, 2**62)[::2])
print(range(2**62, 2**63 - 1, 2**61)[1::-1])
r = range(0, 2**63 - 1, 3)[::-5]
print(r[0], r[-1], len(r))
print([1, 2, 3][::-2**63], [1, 2, 3][::-(2**63 - 1)], [1, 2, 3][::-2**64])
print("abc"[::-2**63], (1, 2, 3)[-2**63::-2**63])
x = list(range(5))
del x[::-2**63]
print(x)
try:
    print(len(range(-2**63, 2**63 - 1)))
except OverflowError as e:
    print("OverflowError", e)
print(len(range(-2**62, 2**62 - 1)), bool(range(-2**63, 2**63 - 1)))
