# TypeError: method called with wrong number of arguments (self counts as positional).
class Box:
    def __init__(self, v):
        self.v = v
    def scale(self, k):
        return self.v * k
b = Box(3)
print(b.scale(2), Box.scale(b, 5))
print(b.scale(1, 2))
