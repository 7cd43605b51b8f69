# async comprehensions: await in list/set/dict comprehensions and generator expressions, nested ones capturing loop variables
import types
@types.coroutine
def val(v):
    yield "tick"
    return v
async def main():
    g = (await val(x * 2) for x in range(3))
    print(type(g).__name__)
    out = [y async for y in g]
    s = {await val(k) for k in "ab"}
    d = {k: await val(k) for k in range(2)}
    nested = [[await val(i + j) for j in range(2)] for i in range(2)]
    f = [x for x in await val([5, 6])]
    return out, sorted(s), d, nested, f
c = main()
n = 0
while True:
    try:
        c.send(None); n += 1
    except StopIteration as e:
        print(e.value, n)
        break
def plain():
    return (x async for x in y)
print(type(plain.__code__).__name__)
