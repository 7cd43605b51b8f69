# __new__ overrides, object.__new__, and the argument checks of object.__init__/__new__.
class Tagged:
    count = 0
    def __new__(cls, *args):
        Tagged.count += 1
        obj = super().__new__(cls)
        obj.serial = Tagged.count
        return obj
    def __init__(self, label):
        self.label = label

a = Tagged("a")
b = Tagged("b")
print(a.serial, a.label, b.serial, b.label, type(a).__name__)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self):
        self.inits += 1
s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.inits)

# __new__ returning something else skips __init__.
class Weird:
    def __new__(cls, x):
        return x * 2
    def __init__(self, x):
        print("never")
print(Weird(21), Weird("ab"))

# object.__new__ makes a bare instance without running __init__.
class Plain:
    def __init__(self):
        self.ready = True
raw = object.__new__(Plain)
print(type(raw).__name__, hasattr(raw, "ready"))

def attempt(fn):
    try:
        fn()
        print("ok")
    except TypeError as e:
        print("TypeError", e)

class NoInit:
    pass
class InitOnly:
    def __init__(self, x):
        super().__init__(x)
class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls, x)
class BadInit:
    def __init__(self):
        return 5
attempt(lambda: NoInit(1))
attempt(lambda: InitOnly(1))
attempt(lambda: NewOnly(1))
attempt(lambda: object.__init__(NoInit(), 1))
attempt(lambda: object.__new__(3))
attempt(lambda: BadInit())
attempt(lambda: object(1))
