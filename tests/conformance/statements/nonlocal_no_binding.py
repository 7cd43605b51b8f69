# SyntaxError: nonlocal for a name with no binding in any enclosing function scope.
total = 0

def outer():
    def inner():
        nonlocal total
        total += 1
        return total
    return inner

print("never printed", outer()())
