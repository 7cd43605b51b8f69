# Basic int operators, precedence, unary ops, power and true division.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -2, (-2) ** -1)
print(10 / 2, 7 / 2, -7 / 2, 1 / 3, 2 / 3)
print(10 / 5 == 2, type(10 / 5), type(10 // 5))
print(0 ** 0, 1 ** 1000, (-1) ** 1001, 0 ** 5)
print(+5, -5, - -5, +-5, ~5)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(abs(-7), abs(7), abs(0), abs(-0))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
x &= 0xFF
x ^= 3
print(x)
y = 7
y /= 2
print(y, type(y))
print(1 / 7 * 7, 2**64 / 2**32, 10**20 / 10**10)
print(10**30 / 3)
print(True + True, True * 10, False - True, True / 2)
print(round(7), round(-7), round(123, -1), round(125, -1), round(135, -1))
print(round(-125, -1), round(1234567, -3), round(5, -1), round(15, -1))
