# TypeError: 'int' object is not callable (a name shadowing a function).
def size(x):
    return len(x)
print(size("abc"), size([1, 2]))
size = 10
print("size is now", size)
print(size("abc"))
