# Nested integer loops: the interpreter's dispatch and int fast paths.
def loops(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < n:
            total += i * j % 7
            j += 1
        i += 1
    return total


print(loops(3000))
