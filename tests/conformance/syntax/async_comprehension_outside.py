# an async comprehension outside an async function is a SyntaxError
def f(xs):
    return [x async for x in xs]
