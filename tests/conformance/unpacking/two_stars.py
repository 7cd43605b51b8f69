# SyntaxError: two starred expressions in one assignment target.
values = [1, 2, 3, 4]
first, *middle, last = values
print(first, middle, last)
*a, *b = values
print(a, b)
