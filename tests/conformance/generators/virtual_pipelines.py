# Generator pipelines a trace runs without frames (virtual generator
# frames, nested): stages over stages, a source shared by two consumers,
# the same generator passed twice, a stage raising mid-stream, a
# generator finishing inside a pipeline, and state seen after the loop.


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


def squares(source):
    for x in source:
        yield x * x


def pairs(a, b):
    for x in a:
        for y in b:
            yield x * 1000 + y
            break


def fragile(source, bad):
    for x in source:
        yield 100 // (x - bad)


def total(it):
    t = 0
    for v in it:
        t += v
    return t


for n in (10, 101, 500):
    print(n, total(squares(only_odd(numbers(n)))), sum(squares(only_odd(numbers(n)))))

shared = numbers(50)
print(total(pairs(shared, shared)))
print(total(pairs(numbers(30), numbers(1000))))
both = numbers(20)
print([v for v in squares(both)][:5], list(both))

for bad in (7, 300, -1):
    got = []
    try:
        for v in fragile(only_odd(numbers(400)), bad):
            got.append(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, len(got), got[-3:])
    else:
        print("no error", len(got), got[:3])

g = only_odd(numbers(1000))
acc = 0
for x in g:
    acc += x
    if x > 801:
        break
print(acc, next(g), g.gi_running, list(only_odd(numbers(3))))
inner = numbers(600)
outer = squares(inner)
s = 0
for v in outer:
    s += v
print(s, next(outer, "done"), next(inner, "done"))
