# Bitwise operators on small, big and negative integers.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(~0, ~-1, ~(2**64))
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 70, -5 << 3)
print(2**100 >> 90, 2**100 >> 100, 2**100 >> 101, 2**100 >> 1000)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -(2**100) >> 99)
print(255 >> 4, 256 >> 8, 7 >> 3)
print((2**64 - 1) & 0xFFFF, (2**64 + 5) & 7)
print((2**70) | 1, (2**70) ^ (2**70))
print(-(2**70) & 0xFF, -(2**70) | 0xFF)
print(0xF0F0 & ~0xFF)
print(True & False, True | False, True ^ True, ~True)
x = 0
for i in range(0, 70, 7):
    x = x | (1 << i)
print(x)
count = 0
y = x
while y:
    count += y & 1
    y >>= 1
print(count)
print(5 << 2 >> 1, 1 + 2 << 3, 1 & 3 | 4 ^ 6)
print(-7 >> 1, -7 // 2)
print(0 & -1, 0 | -1, 0 ^ -1)
m = 2**64 - 1
print(m ^ (2**63), ~m & m, m << 1)
print(6 & 3 == 2)
