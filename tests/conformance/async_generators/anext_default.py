# anext() with a default, driven by a hand-written loop
async def agen():
    yield 1
    yield 2
async def main():
    it = agen()
    out = [await anext(it, "done") for _ in range(4)]
    print(out)
    it2 = agen()
    print(await anext(it2), await anext(it2, None), await anext(it2, None))
    try:
        await anext(agen(), 1, 2)
    except TypeError as e:
        print("TypeError")
    try:
        await anext(5, 0)
    except TypeError as e:
        print(e)
    return "ok"
c = main()
try:
    c.send(None)
except StopIteration as s:
    print("result", s.value)
