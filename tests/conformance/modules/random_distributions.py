import random

random.seed(13)
print([random.gauss(0, 1) for _ in range(5)])
print(random.gauss(), random.gauss(10, 2.5))
random.seed(17)
print([random.uniform(1, 10) for _ in range(3)], random.uniform(-1.5, 2))
random.seed(4)
print(random.triangular(0, 10, 2), random.expovariate(1.5), random.normalvariate(5, 2))
random.randrange(5, 2)
