# TypeError: calling a function with too many positional arguments.
def f(a, b):
    return a * b
print(f(2, 3), f("ab", 2), f(b=4, a=5))
print(f(1, 2, 3))
