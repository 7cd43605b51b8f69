# SyntaxError: closing parenthesis ']' does not match opening parenthesis '('.
print("never")
result = (1 + 2]
