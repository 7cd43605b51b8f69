# Explicit super(Class, obj), super with classes, the super object and its errors.
class A:
    def hello(self):
        return "A.hello from " + type(self).__name__
    @classmethod
    def kind(cls):
        return "A.kind for " + cls.__name__

class B(A):
    def hello(self):
        return "B.hello -> " + super(B, self).hello()
    @classmethod
    def kind(cls):
        return "B.kind -> " + super(B, cls).kind()

class C(B):
    def hello(self):
        # skip B on purpose
        return "C.hello -> " + super(B, self).hello()

print(B().hello())
print(C().hello())
print(C.kind())
print(super(B, C()).hello())
print(super(A, B()).__class__.__name__)
print(repr(super(B, C())))
print(isinstance(super(B, B()), super))

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: super(B, A()))
attempt(lambda: super(B, 5))
attempt(lambda: super(7, B()))
attempt(lambda: super(B, B()).missing)
attempt(lambda: super())
attempt(lambda: super(B, A))
attempt(lambda: super(A, C).hello(C()))

def plain():
    return super()
attempt(plain)

class D(A):
    def no_self():
        return super()
    def inner(self):
        def f():
            return super()
        return f()
attempt(D.no_self)
attempt(lambda: D().inner())
