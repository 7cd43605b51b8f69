# Calls run inline, without frames: a function of ints, a method reading
# attributes with a branch inside, and a callee with an effect (it stores
# an attribute), which keeps its real frame when only calls without
# effects run inline (inline_effects.py shows the default).
# jit-param: inline_calls=1
class P:
    def __init__(self, x):
        self.x = x
    def scaled(self, k):
        if self.x > k:
            return self.x * k
        return k
    def bump(self):
        self.x += 1
        return self.x

def add(a, b):
    return a + b

def run(n):
    p = P(3)
    s = 0
    for i in range(n):
        s = add(s, p.scaled(2))
        s = add(s, p.bump())
    return s
print(run(30))
