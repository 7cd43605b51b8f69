def h(n):
    evens = 0
    flag = True
    for i in range(n):
        if i % 2 == 0:
            evens = evens + 1
        if flag:
            evens = evens + 0
        if 3 > 2:
            evens = evens + 1
    return evens
print(h(30))
