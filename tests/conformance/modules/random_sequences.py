import random

random.seed(99)
x = list(range(20))
random.shuffle(x)
print(x)
random.seed(5)
print([random.choice("abcdefg") for _ in range(10)], random.choice(range(1000)))
random.seed(11)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 5))
print(random.sample("abcdefghij", 10))
random.seed(0)
print(random.choices("abc", k=10))
print(random.choices(range(5), weights=[1, 0, 3, 0, 1], k=8))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
