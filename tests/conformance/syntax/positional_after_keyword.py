# SyntaxError: positional argument follows keyword argument.
def area(w, h):
    return w * h
print(area(h=2, 3))
