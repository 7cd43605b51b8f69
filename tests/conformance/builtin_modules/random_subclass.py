# Subclasses of random.Random: their own generator state (seeded through
# self.seed, so an overriding seed runs), every method on it; a subclass
# overriding random() or getrandbits() is refused by the methods that
# would have to call it.
import random


class Counting(random.Random):
    def __init__(self, x=None):
        self.seeds = []
        super().__init__(x)

    def seed(self, a=None, version=2):
        self.seeds.append(a)
        super().seed(a, version)


c = Counting(12345)
print(c.seeds, c.random(), c.randint(1, 100), c.choice("abcdef"), c.sample(range(50), 4), c.gauss(0, 1))
lst = list(range(10))
c.shuffle(lst)
print(lst, c.getrandbits(77), c.uniform(1, 2), c.randrange(0, 1000, 7), c.choices("xyz", k=6))
state = c.getstate()
a = [c.random() for _ in range(3)]
c.setstate(state)
print(a == [c.random() for _ in range(3)], c.seeds)
c.seed("text")
print(c.seeds, c.random(), isinstance(c, random.Random), type(c).__name__)
plain = random.Random(12345)
fresh = Counting(12345)
print([plain.random() for _ in range(3)] == [fresh.random() for _ in range(3)])


class NoInit(random.Random):
    def __init__(self, name):
        self.name = name


n = NoInit("x")
n.seed(7)
print(n.name, n.random() == random.Random(7).random())
