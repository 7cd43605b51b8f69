# Generators resumed from hot loops: next(g) per iteration, for over a
# generator, send(), yield from / nested generators, generator expressions in
# sum()/any()/max(), and a generator exhausted inside a traced loop.

def naturals():
    n = 0
    while True:
        yield n
        n += 1

g = naturals()
s = 0
for i in range(5000):
    s += next(g) * (i % 3)
print(s, next(g))

def squares(n):
    for i in range(n):
        yield i * i

s = 0
for x in squares(4000):
    s += x % 1000
print(s)

# send(): a running average coroutine
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

co = averager()
next(co)
last = None
for i in range(4000):
    last = co.send(i % 10)
print(last)

# nested generators: yield from and a generator consuming another one
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def chained(n):
    yield from evens(n)
    yield from squares(3)
    yield -1

def pairs(gen):
    prev = None
    for v in gen:
        if prev is not None:
            yield prev + v
        prev = v

print(sum(chained(6000)), max(pairs(chained(6000))))

s = 0
for v in pairs(pairs(x for x in range(4000))):
    s += v
print(s)

# generator expressions in reductions
print(sum(i * 2 for i in range(5000) if i % 3), any(i > 4998 for i in range(5000)),
      all(i < 5000 for i in range(5000)), max(i % 977 for i in range(5000)))

# a generator exhausted inside a hot loop: next() with a default, then StopIteration
g = squares(2000)
got = 0
misses = 0
for i in range(3000):
    v = next(g, None)
    if v is None:
        misses += 1
    else:
        got += 1
print(got, misses)

g = squares(1500)
n = 0
try:
    while True:
        next(g)
        n += 1
except StopIteration:
    print("stopped after", n)

# many short-lived generators created inside a hot loop
def take3(k):
    yield k
    yield k + 1
    yield k + 2

s = 0
for i in range(3000):
    for v in take3(i):
        s += v
    a, b, c = take3(i)
    s -= a
print(s)

# a generator returning a value caught via StopIteration.value
def with_result(n):
    acc = 0
    for i in range(n):
        acc += i
        yield i
    return acc

g = with_result(3000)
cnt = 0
while True:
    try:
        next(g)
        cnt += 1
    except StopIteration as e:
        print(cnt, e.value)
        break
