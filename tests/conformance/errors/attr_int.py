# AttributeError: 'int' object has no attribute 'foo'.
n = 5
print(n + 1, str(n).zfill(3))
print(n.foo)
