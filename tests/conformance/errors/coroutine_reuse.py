# awaiting a coroutine that already finished
async def g():
    return 3
async def main(c):
    print(await c)
    print(await c)
c = g()
main(c).send(None)
