# SyntaxError: cannot assign to literal (suggests '==').
x = 5
if 1 = x:
    print("one")
