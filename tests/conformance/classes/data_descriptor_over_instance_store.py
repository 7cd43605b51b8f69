# A data descriptor added to a class after instances stored the same name
# takes the stores (and loads) from then on, as in CPython.
class B:
    def __init__(self):
        self.x = 2
b = B()
log = []
B.x = property(lambda self: 100, lambda self, v: log.append(v))
b.x = 5
print(log, b.x)
class D:
    pass
d = D()
d.x = 1
D.x = property(lambda self: 100, lambda self, v: log.append(v))
d.x = 7
print(log, d.x)
