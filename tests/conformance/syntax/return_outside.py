# SyntaxError: 'return' outside function.
x = 1
print(x)
return x
