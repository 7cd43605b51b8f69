# TypeError from a direct ordering comparison between a str and an int.
print("a" < "b", 1 < 2, (1, "a") < (1, "b"))
print((1, 2) < (2, "x"))
print("10" < 9)
