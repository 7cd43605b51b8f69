# timeit: Timer with text and callables, setup, globals, repeat, autorange
# (a made-up clock, so the numbers are the same everywhere) and errors.
import timeit

def f():
    return sum(range(10))

t = timeit.Timer('x += 1', 'x = 0')
print(type(t.timeit(10)).__name__, t.timeit(0) >= 0)
for bad in ['return 1', 'x=(']:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print('SyntaxError', e)
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer('pass', 5)
except ValueError as e:
    print('ValueError', e)
print(timeit.default_timer.__name__, timeit.default_number, timeit.default_repeat)
calls = 0
def growing():
    # A clock whose intervals grow: autorange's sixth try passes 0.2 s.
    global calls
    calls += 1
    return calls * calls * 0.01
n, taken = timeit.Timer('pass', timer=growing).autorange()
print(n, round(taken, 2))
print(len(timeit.repeat('pass', number=5, repeat=3)))
print(timeit.timeit(f, number=3) >= 0, timeit.timeit(f, setup=f, number=3) >= 0)
x = 5
print(timeit.timeit('y = x * 2', globals=globals(), number=3) >= 0)
print(timeit.timeit('g()', setup='from __main__ import f as g', number=100) >= 0)
print(timeit.timeit('a = 1\nb = a + 1', setup='c = 1\nd = 2', number=10) >= 0)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
print(timeit.__all__)
calls = 0
seen = []
timeit.Timer('pass', timer=growing).autorange(lambda n, t: seen.append(n))
print(seen)
