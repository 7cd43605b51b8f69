# generators left suspended inside try/finally or with are closed at exit
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__)
        return False
def counting(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally of counting", n)
def holding(name):
    with Res(name):
        yield 1
        yield 2
def plain():
    yield 1
    yield 2
b = counting(5)
print(next(b), next(b))
a = holding("a")
print(next(a))
p = plain()
print(next(p))
done = counting(1)
print(list(done))
fresh = counting(3)
print("end of the script")
