# an unbound slot wrapper checks the type of its first argument
print(int.__add__(2, 3))
print(int.__add__("a", 1))
