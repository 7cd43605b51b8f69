# __annotations__ of module and class bodies: evaluated, in order, only simple names
x: int = 5
y: str
print(__annotations__, x)
class A:
    a: int
    b: float = 1.5
    if True:
        c: list = []
    print(sorted(__annotations__))
print(A.__annotations__, A.b, A.c)
class B(A):
    e: "A" = None
print(B.__annotations__, B.b)
def f():
    local: int = 2
    return local
print(f())
