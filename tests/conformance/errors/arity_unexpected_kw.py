# TypeError: unexpected keyword argument.
def f(x, y=1):
    return (x, y)
print(f(1), f(1, 2), f(x=3), f(y=4, x=5))
print(f(1, z=2))
