def f(n):
    total = 0
    i = 0
    while i < n:
        j = i * 2
        total = total + j + j
        i = i + 1
    return total
print(f(50))
