# UnboundLocalError: reading a local before assignment when a global of that name exists.
x = 10
def ok():
    return x + 1
print(ok())
def bad():
    print("in bad")
    x = x + 1
    return x
print(bad())
