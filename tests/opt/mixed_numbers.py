# Generic BINARY_OP and COMPARE_OP on the numbers recorded: an int meeting a
# float converts (int_to_float, exiting unless exact), `int / int` is float
# division, and a call whose body has them still runs inline.
def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)

def run(n):
    acc = 0.0
    for i in range(n):
        acc += entry(i, 3) * 2
        if i / 2 < acc:
            acc -= 1
    return acc
print(run(20))
