# random.Random instances: independent generators, seeded like the module
import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
random.seed(42)
x = [random.random() for _ in range(3)]
c = random.Random(42)
print(x == [c.random() for _ in range(3)])
random.seed(7)
g1 = random.random()
d = random.Random("seed text")
d.random(); d.shuffle([1, 2, 3])
random.seed(7)
print(g1 == random.random(), "module state untouched by instances")
e = random.Random(123)
items = list(range(10))
e.shuffle(items)
print(items, e.choice("abcdef"), e.sample(range(100), 5), e.uniform(1, 2))
print(e.choices("xyz", k=5), e.randrange(0, 100, 7), e.getrandbits(40), round(e.gauss(0, 1), 12))
e.seed(5)
f = random.Random()
f.seed(5)
print(e.random() == f.random(), type(e).__name__, isinstance(e, random.Random))
try:
    random.Random.random(5)
except TypeError as err:
    print("TypeError")
