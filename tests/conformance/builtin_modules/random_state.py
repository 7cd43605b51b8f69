# random getstate/setstate on the module and on Random instances (version 2 and 3 states, errors).
import random
r = random.Random(5)
s = r.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2])
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
g = r.gauss(0, 1)
s2 = r.getstate()
print(type(s2[2]).__name__ if s2[2] is not None else None)
print(r.gauss(0, 1) == (r.setstate(s2) or r.gauss(0, 1)))
random.seed(3)
random.setstate(r.getstate())
print(random.random() == r.random())
q = random.Random()
q.setstate(random.getstate())
print(q.randint(1, 10 ** 6) == random.randint(1, 10 ** 6))
for bad in [(2, (0,) * 625, None), (3, (0,) * 10, None), (3, [0] * 625, None), (3, (0,) * 624 + (625,), None), 5]:
    try:
        random.setstate(bad)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
