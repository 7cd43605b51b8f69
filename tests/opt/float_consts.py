def g(n):
    x = 0.0
    for i in range(n):
        x = x + 2.0 * 1.5 - 0.5
    return x
print(g(40))
