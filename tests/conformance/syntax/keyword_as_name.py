# SyntaxError: using a keyword as a variable name.
print("never")
class = 3
