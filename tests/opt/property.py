# A property read in a loop (LOAD_ATTR_PROPERTY): the getter runs inline,
# without a frame (guard_class on the instance, the getter's body on its
# slots), and exits before the read roll back to it.
class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 // 5 + 32

def run(n):
    t = Temp(10)
    s = 0
    for i in range(n):
        s += t.f
    return s
print(run(30))
