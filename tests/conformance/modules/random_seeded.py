import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(12345)
print([random.randint(1, 100) for _ in range(20)])
random.seed(1)
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(100, 0, -3))
random.seed(7)
print([random.getrandbits(k) for k in (1, 5, 32, 33, 64, 100)])
random.seed(-42)
a = random.random()
random.seed(42)
print(a == random.random())
from random import randint, seed
seed(3)
print(randint(10**20, 10**21))
