# Loop peeling: values carried from one iteration to the next, values the
# loop never changes computed once, and the back edge's safepoint, which
# starts the trace over when it collected garbage.


class P:
    def __init__(self, x):
        self.x = x


def carried(n):
    # A swap (the loop-carried values move at once), a float, and an exit
    # inside the body every 97 iterations.
    a, b = 0, 1
    s = 0.0
    i = 0
    while i < n:
        a, b = b, (a + b) % 1009
        s = s * 0.5 + a
        i += 1
        if i % 97 == 0:
            s -= 1.0
    return a, b, s, i


def rotate(n):
    # A three-way cycle of loop-carried values.
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y, z = y, z, x
    return x, y, z


def invariant_slot(p, n):
    total = 0.0
    for i in range(n):
        total += p.x * 2.0 + i
    return total


def slot_written_in_loop(p, n):
    # The loop stores the slot it reads: it is read on every iteration.
    for i in range(n):
        p.x = p.x + 1.0
    return p.x


def allocating(p, n):
    # The list chain grows until the collector runs at the back edge's
    # safepoint, which then starts the trace over: the values carried
    # around the loop and the slot it read once must come out the same.
    junk = None
    total = 0.0
    a, b = 0, 1
    for i in range(n):
        junk = [a, junk]
        a, b = b, (a + b) % 1009
        total += p.x
    count = 0
    while junk is not None:
        count += 1
        junk = junk[1]
    return a, b, total, count


print(carried(1000))
print(carried(5))
print(rotate(1000), rotate(1001), rotate(1002))
print(invariant_slot(P(0.25), 1000))
print(slot_written_in_loop(P(0.5), 1000))
print(allocating(P(0.5), 300000))
