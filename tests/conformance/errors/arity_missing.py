# TypeError: calling a function with a missing required positional argument.
def f(a, b, c=0):
    return a + b + c
print(f(1, 2), f(1, 2, 3), f(1, b=5))
print(f(1))
