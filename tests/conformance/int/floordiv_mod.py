# Integer floor division and modulo with negative operands (floor semantics).
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(7 % -3, -7 % 3, -7 % -3)
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(1 // 3, -1 // 3, 1 % 3, -1 % 3)
print(6 // 3, -6 // 3, 6 % -3, -6 % 3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 3), divmod(-1, 1), divmod(5, 5))
# invariant a == (a // b) * b + a % b
ok = True
for a in range(-12, 13):
    for b in [-5, -3, -2, -1, 1, 2, 3, 5]:
        if (a // b) * b + a % b != a:
            ok = False
        if b > 0 and not (0 <= a % b < b):
            ok = False
        if b < 0 and not (b < a % b <= 0):
            ok = False
print("invariant holds:", ok)
row = []
for a in range(-5, 6):
    row.append(a % 4)
print(row)
row = []
for a in range(-5, 6):
    row.append(a // 4)
print(row)
print(-1 // 1, -1 % 1, 1 // -1)
print(100 // 7 * 7 + 100 % 7)
print(-100 // 7, -100 % 7)
print(True // 2, True % 2, -True // 2)
