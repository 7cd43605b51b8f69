# Arbitrary-precision ints around the 64-bit boundaries.
a = 2**63 - 1
b = -2**63
print(a, b)
print(a + 1, b - 1)
print(2**63, 2**64, 2**64 - 1)
print(a * 2, a * a)
print(b * -1, -b, abs(b))
print(a + a + 2 == 2**64)
print(b + b, b * b)
print(2**32 * 2**32)
print(4611686018427387904 + 4611686018427387904)
print(9223372036854775807 - -1)
print(-9223372036854775808 - 1)
print(-(2**63) // -1)
print(3037000500 * 3037000500)
print(a // 2, a % 2, b // 2, b % 3)
print(2**64 // 3, 2**64 % 3)
print(type(2**100), type(a))
x = 1
for i in range(70):
    x = x * 2
print(x)
for i in range(70):
    x = x // 2
print(x)
print(2**127 - 1)
print(-2**127)
print((2**63) - (2**63 - 1))
print(2**63 > a, 2**63 == a + 1, b < -2**63 + 1)
print(abs(-2**63), abs(-2**64), abs(2**64))
print(-(-2**63))
