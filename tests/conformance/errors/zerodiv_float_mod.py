# ZeroDivisionError from float modulo by zero ("float modulo").
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
zero = -0.0
print("zero is", zero)
print(5.0 % zero)
print("never printed")
