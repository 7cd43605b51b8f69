# SyntaxError: invalid syntax with a "Perhaps you forgot a comma?" hint; stdout is empty.
print("this line never runs")
x = 1
y = 2
print(x y)
