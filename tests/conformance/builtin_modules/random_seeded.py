# random with a fixed seed: random, randint, randrange, choice, uniform give CPython's exact values.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 5), random.randrange(5, 10))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(100)))
print(random.uniform(1, 2), random.uniform(5, -5))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))

# reseeding reproduces the sequence
random.seed(42)
first = random.random()
random.seed(42)
print(first == random.random())

# different seeds
for s in [0, 1, 12345, 2 ** 40]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 1000))

# string seeds are deterministic (version 2 seeding)
random.seed("hello")
print(random.random())

# an independent generator object
r = random.Random(7)
print(r.random(), r.randint(1, 100), r.choice(["x", "y", "z"]))
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())

# getstate / setstate round-trip
random.seed(99)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])

# errors
errors = [
    lambda: random.choice([]),
    lambda: random.randint(5, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1),
    lambda: random.getrandbits(-1),
]
for fn in errors:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
