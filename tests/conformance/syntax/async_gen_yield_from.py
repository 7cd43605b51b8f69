# yield from inside an async generator is a SyntaxError
async def f():
    yield 1
    yield from [2]
