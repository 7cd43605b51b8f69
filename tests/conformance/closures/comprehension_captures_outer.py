# A comprehension compiled as its own function (a nested scope captures its loop variable) reads the enclosing function's locals
def any_match(names, groups):
    return [n for n in names if any(n in g for g in groups)]


print(any_match(['a', 'b', 'c'], ['xa', 'yc']))


def late(items, scale):
    fs = [lambda: x * scale for x in items]
    return [f() for f in fs]


print(late([1, 2, 3], 10))


def nested(rows, bonus):
    return {k: sum(v + bonus for v in vals) for k, vals in rows.items() if all(v > bonus for v in vals)}


print(nested({'p': [3, 4], 'q': [0, 9], 'r': [5]}, 1))


def with_walrus(data, limit):
    picked = [y for x in data if (y := x * 2) > limit and any(y > d for d in data)]
    return picked, y


print(with_walrus([1, 5, 9], 4))


def sets(words, banned):
    return sorted({w for w in words if not any(b in w for b in banned)})


print(sets(['apple', 'berry', 'cherry', 'date'], ['rr', 'x']))


class Holder:
    def pick(self, xs, keep):
        return [x for x in xs if any(x == k for k in keep)]


print(Holder().pick(range(8), (2, 5, 7)))
