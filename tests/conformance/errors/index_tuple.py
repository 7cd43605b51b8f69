# IndexError: tuple index out of range with a negative index.
t = (1, 2, 3)
print(t[-1], t[-2], t[-3])
print(t[-4])
