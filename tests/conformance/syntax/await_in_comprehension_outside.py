# await inside a list comprehension of a plain function makes it an async comprehension (SyntaxError)
def f(xs):
    return [await x for x in xs]
