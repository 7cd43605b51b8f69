# Built-in methods kept in variables and called (`append = out.append`,
# fannkuch's `perm1_ins(r, perm1_pop(0))`): CALL_BUILTIN with the bound
# method as its callee passes the receiver first, in tier 1 and in
# traces; errors, keywords, other receivers at the same site and
# generator methods behave as the generic call.


def rotate(n):
    perm = list(range(7))
    ins = perm.insert
    pop = perm.pop
    total = 0
    for i in range(n):
        r = i % 6 + 1
        ins(r, pop(0))
        total += perm[0] * r
    return total, perm


def collect(n):
    out = []
    append = out.append
    words = []
    up = "word".upper
    get = {"a": 1, "b": 2}.get
    for i in range(n):
        append(i % 5)
        if i % 100 == 0:
            words.append(up())
        append(get("ab"[i % 2], 0) + get("zz", 7))
    return sum(out), len(out), words[:2]


def errors(n):
    stack = [1]
    pop = stack.pop
    caught = 0
    for i in range(n):
        try:
            pop()
        except IndexError as e:
            caught += 1
            msg = str(e)
        if i % 3 == 0:
            stack.append(i)
    return caught, msg, stack


def switching(n):
    # One call site, receivers and methods changing.
    a, b = [], []
    fns = [a.append, b.append, a.append, len]
    acc = 0
    for i in range(n):
        f = fns[i % 4]
        r = f([i]) if f is len else f(i)
        acc += 0 if r is None else r
    return acc, len(a), len(b)


def keywords(n):
    data = [3, 1, 2]
    sort = data.sort
    for i in range(n):
        sort(reverse=i % 2 == 0)
    return data


def gen_methods(n):
    def count():
        i = 0
        while True:
            yield i
            i += 1

    g = count()
    nx = g.__next__
    send = g.send
    it = iter(range(n * 2))
    step = it.__next__
    total = 0
    for i in range(n):
        total += nx() + send(None) + step()
    return total


print(rotate(3000))
print(collect(3000))
print(errors(3000))
print(switching(3000))
print(keywords(1001))
print(gen_methods(2000))
