# A loop that carries a fresh instance into the next iteration
# (`pos = pos.add(vel)`): after `sink`, the peeled body makes no object.
# The loop carries the fields (`loop`'s pairs are the two float sums), a
# `virtual` after the header stands for the current object in the body's
# exits (described with the carried fields), and the new one is virtual
# too (the loop_safepoint's exit makes it when a check is due).
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return V(self.x + o.x, self.y + o.y)


def walk(n):
    pos = V(0.0, 0.0)
    vel = V(0.5, -0.25)
    for i in range(n):
        pos = pos.add(vel)
    return pos.x, pos.y


print(walk(12), walk(12))
