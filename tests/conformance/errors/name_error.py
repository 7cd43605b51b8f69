# NameError: name 'x' is not defined (typo'd variable inside a function).
def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total
print(compute(10))
def broken():
    y = 1
    return x + y
print("calling broken")
print(broken())
