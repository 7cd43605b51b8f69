# Globals and builtins read by machine code through an inline cache of the
# entry's address: rebinding, adding keys, shadowing and unshadowing a
# builtin, and deleting must all be seen at once.
G = 5


def f(n):
    s = 0
    for i in range(n):
        s += G + len([i])
        if i == 500:
            globals()['G'] = 7
        if i == 700:
            globals()['H'] = 1
        if i == 900:
            globals()['len'] = lambda x: 100
        if i == 1100:
            del globals()['H']
    return s


print(f(2000))
del len
print(f(1000))


def g(n):
    total = 0
    for i in range(n):
        try:
            total += missing
        except NameError as e:
            total -= 1
            if i == n // 2:
                globals()['missing'] = 10
    return total


print(g(1000))
