# SyntaxError: unmatched ')'.
data = [1, 2, 3]
print(len(data)))
