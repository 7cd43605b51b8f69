# complex arithmetic with ints, floats and complex values; powers; abs
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, True + a)
print(a ** 2, a ** -2, a ** 0, a ** 3, a ** 0.5, a ** b, 2 ** a, 1.5 ** a)
print(1j ** 2, 1j * 1j, 1j ** 0.5, (-1) ** 0.5, (-4.0) ** 0.5, (-8) ** (1 / 3), (-2) ** -0.5)
print(pow(1j, 2), pow(-1, 0.25), (-27.0) ** (2 / 3), (-1.5) ** 2.5)
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(1e308, 1e308)), abs(complex(float("inf"), float("nan"))))
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 4, 0j))
z = 0j
for k in range(20):
    z = z * z + (0.25 + 0.5j)
print(z)
x = 1 + 1j
x += 2
x *= 1j
x -= 1
x /= 2
x **= 2
print(x)
print(0j ** 0, 0j ** 2, (1 + 1j) ** 100, (0.5 + 0.5j) ** -3)
print(complex(1, 2) * complex(float("inf"), 0))
print(1e308j * 10)
for n in range(-3, 4):
    print(n, (1 - 1j) ** n, (2j) ** n)
