# ZeroDivisionError from float true division.
x = 1.5
print(x / 2, x / -0.5, x / 3)
print(0.0 / 1.0, -0.0 / 2.0)
y = 0.0
print("dividing", x, "by", y)
print(x / y)
print("never printed")
