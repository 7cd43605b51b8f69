# ZeroDivisionError from float floor division by zero.
print(7.5 // 2, -7.5 // 2)
print(divmod(7.5, 2))
print(1 // 0.0)
print("never printed")
