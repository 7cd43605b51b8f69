# ZeroDivisionError from int modulo by zero ("integer modulo by zero" in 3.11).
n = 2**70
print(n % 7, -n % 7, n % -7)
moduli = [5, 3, 1, 0, 2]
for m in moduli:
    print(n, "mod", m, "=", n % m)
print("never printed")
