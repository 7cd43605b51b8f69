# random.shuffle, sample, choices, gauss and friends with a fixed seed.
import random
random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck, sorted(deck) == list(range(10)))
letters = list("abcdefg")
print(random.shuffle(letters), letters)

print(random.sample(range(100), 5))
print(random.sample(["red", "green", "blue", "black"], 2))
print(sorted(random.sample(range(10), 10)) == list(range(10)), random.sample([], 0))
print(random.sample(range(5), 3, counts=[1, 1, 1, 1, 10]))
print(random.choices("ab", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices(range(4), cum_weights=[1, 2, 3, 4], k=4))

print(random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.randbytes(4).hex())

# helper that uses an explicit Random instance
def roll_dice(seed, n):
    r = random.Random(seed)
    return [r.randint(1, 6) for _ in range(n)]
print(roll_dice(1, 8), roll_dice(1, 8) == roll_dice(1, 8), roll_dice(2, 8))

# errors
errors = [
    lambda: random.sample(range(3), 4),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample(range(3), -1),
    lambda: random.choices([], k=1),
    lambda: random.choices([1, 2], weights=[1], k=1),
    lambda: random.shuffle("abc"),
    lambda: random.shuffle((1, 2)),
]
for fn in errors:
    try:
        fn()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

# seeding once more gives the same shuffle
random.seed(2024)
again = list(range(10))
random.shuffle(again)
print(again)
