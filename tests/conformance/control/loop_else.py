# while/for else clauses with and without break; nested loops with break/continue.
for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("after break, i =", i)
for i in []:
    print("never")
else:
    print("empty for-else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n =", n)
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for x in [2, 9, 13, 15, 17]:
    find_prime_factor(x)
pairs = []
for a in range(4):
    for b in range(4):
        if b == a:
            continue
        if a + b > 4:
            break
        pairs.append((a, b))
print(pairs)
count = 0
i = 0
while i < 5:
    i += 1
    if i % 2 == 0:
        continue
    j = 0
    while j < 10:
        j += 1
        if j > i:
            break
        count += 1
    else:
        print("inner while finished without break at i =", i)
print("count =", count)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("no")
    print("outer", i, j)
