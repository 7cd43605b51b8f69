# awaiting something that is not awaitable
async def f():
    print("in f")
    await [1, 2]
f().send(None)
