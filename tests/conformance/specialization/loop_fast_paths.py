# Loops made of the cheapest instructions (locals, constants, int and float
# arithmetic, comparisons and their jumps, list and tuple items, range and
# list iteration, unpacking, instance attributes, globals), where each fast
# path stops holding part-way through the loop: the result must be what the
# general instruction gives (an exception at the right line, a big int, a
# changed global or attribute).

import sys


def overflow_to_big_int(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3 + 1
        i += 1
    return x


def index_errors():
    items = [1, 2, 3]
    out = []
    i = -3
    while i < 5:
        try:
            out.append(items[i])
        except IndexError as e:
            out.append(str(e))
        i += 1
    return out


def store_past_the_end():
    items = [0] * 4
    i = 0
    try:
        while True:
            items[i] = i * i
            i += 1
    except IndexError as e:
        return items, i, str(e)


def unbound_in_loop(n):
    i = 0
    t = 0
    while i < n:
        if i == 3:
            del t
        i += t + 1
    return i


def store_then_unbound():
    total = 0
    for k in range(3):
        if k == 2:
            del total
        total = k
        print("total", total)
        x = total
        del total
        try:
            print(total)
        except UnboundLocalError as e:
            print("unbound:", e)
        total = x


def mixed_numbers():
    values = [1, 2, 3.5, 4, True, 2**70, -1, 0.0]
    acc = 0
    out = []
    for v in values:
        acc = acc + v
        out.append(acc < 10)
        out.append(acc * 2)
    return acc, out


def float_division(values):
    out = []
    for v in values:
        try:
            out.append(1.0 / v)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


def unpack_changes():
    pairs = [(1, 2), (3, 4), [5, 6], (7, 8, 9), (10, 11)]
    out = []
    for p in pairs:
        try:
            a, b = p
            out.append(a + b)
        except ValueError as e:
            out.append(str(e))
    return out


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Other:
    def __init__(self, x):
        self.y = 0
        self.x = x


def attributes(objs):
    total = 0
    for o in objs:
        o.x = o.x + 1
        total += o.x
    return total


SCALE = 2


def global_changes(n):
    global SCALE
    out = []
    i = 0
    while i < n:
        out.append(i * SCALE)
        if i == 2:
            SCALE = 10
        i += 1
    return out


def list_grows_while_iterated():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if len(items) < 6:
            items.append(x * 10)
    return seen


def tuple_iteration_and_items():
    t = (5, 6, 7)
    s = 0
    for x in t:
        s += t[x - 5] * x
    return s


def nested_compare_jumps(n):
    count = 0
    for i in range(n):
        for j in range(n):
            if i < j and j - i < 3 or i == j:
                count += 1
    return count


def long_loop_collects():
    # Long enough for safepoints and garbage collections between iterations.
    keep = []
    i = 0
    total = 0
    while i < 200000:
        total += i % 7
        if i % 1000 == 0:
            keep.append([i] * 10)
        i += 1
    return total, len(keep)


print(overflow_to_big_int(50))
print(index_errors())
print(store_past_the_end())
try:
    unbound_in_loop(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, "line", sys.exc_info()[2].tb_next.tb_lineno)
store_then_unbound()
print(mixed_numbers())
print(float_division([2.0, 4.0, 0.0, -8.0]))
print(unpack_changes())
pts = [Point(1, 2) for _ in range(3)] + [Other(5), Point(0, 0)]
print(attributes(pts), [p.x for p in pts])
print(global_changes(5), SCALE)
print(list_grows_while_iterated())
print(tuple_iteration_and_items())
print(nested_compare_jumps(12))
print(long_loop_collects())
