# Loops and ifs whose test is a constant: `while True:` and `while 1:`
# compile without a test (as in CPython); the loop still runs, breaks,
# returns, skips its else, and code after it still runs where reachable.


def count_up(limit):
    n = 0
    while True:
        n += 1
        if n > limit:
            break
    while 1:
        n += 1
        if n > 2 * limit:
            return n
    print("unreachable")


print(count_up(5))

i = 0
while True:
    i += 1
    if i == 3:
        break
else:
    print("else of while True: not run")
print(i)

total = 0
while 1:
    try:
        total += 1
        if total < 4:
            continue
        break
    finally:
        total += 10
print(total)


def gen():
    k = 0
    while True:
        k += 1
        yield k


g = gen()
print([next(g) for _ in range(4)])

if True:
    print("if True")
if not False:
    print("if not False")
if 1:
    print("if 1")
if 0:
    print("if 0: not run")
else:
    print("else of if 0")
while False:
    print("while False: not run")
while 0:
    print("while 0: not run")
else:
    print("else of while 0")
print([j for j in range(5) if True])
print([j for j in range(5) if 1])
print([j for j in range(5) if False])
x = 7 if True else 8
print(x)
assert True
print("done")
