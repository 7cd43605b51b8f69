# return with a value inside an async generator is a SyntaxError
async def f():
    yield 1
    return 2
