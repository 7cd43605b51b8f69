# helper module for the imports/ scripts: constants, functions, and a load message.
print("loading modhelper_a, __name__ =", __name__)
GREETING = "hello"
VERSION = (1, 2)
_private = "underscore"
loads = 0

def greet(name):
    return GREETING + ", " + name

def bump():
    global loads
    loads += 1
    return loads

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
