# a generator suspended in try/finally is closed after an uncaught error
def gen():
    try:
        yield 1
    finally:
        print("generator finally")
g = gen()
print(next(g))
print(1 // 0)
