# Generator pipelines: chaining stages lazily, observing evaluation order.
log = []
def source(n):
    for i in range(n):
        log.append("src " + str(i))
        yield i

def double(it):
    for x in it:
        log.append("dbl " + str(x))
        yield x * 2

def keep_mod(it, m):
    for x in it:
        if x % m == 0:
            log.append("keep " + str(x))
            yield x

pipe = keep_mod(double(source(5)), 4)
print("nothing has run:", log)
print(next(pipe))
print(log)
log.clear()
print(list(pipe))
print(log)

# batching
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)), list(batched([], 2)))

# running totals and pairwise
def running(it):
    total = 0
    for x in it:
        total += x
        yield total
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(running([1, 2, 3, 4])), list(pairwise("abcd")), list(pairwise([])))

# word frequencies via pipeline (dict keeps first-seen order)
text = "the cat and the hat and the bat"
def words(s):
    for w in s.split():
        yield w
counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# generators composed with builtins
print(list(map(str, running(range(5)))), list(filter(None, running([0, 0, 1, -1]))))
print(list(zip(pairwise(range(4)), running(range(10)))))
print(list(enumerate(batched("abcde", 2), start=1)))
