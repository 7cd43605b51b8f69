# IndexError: list index out of range (off-by-one loop).
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3])
i = 0
while i <= len(xs):
    print(i, xs[i])
    i += 1
