# ZeroDivisionError from int floor division.
values = [10, -10, 7]
for v in values:
    print(v, v // 3, v // -3)
d = 3
while d >= 0:
    print("10 // " + str(d) + " =", 10 // d)
    d -= 1
print("never printed")
