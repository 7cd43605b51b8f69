# jit-param: inline_calls=0
# (calls pushing real frames: see inline.py for calls run inline)
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def add(a, b):
    return a + b

def run(n):
    p = P(3)
    s = 0
    for i in range(n):
        s = add(s, p.get())
    return s
print(run(30))
