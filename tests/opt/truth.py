class Node:
    pass

def count(n, items, name, ratio):
    node = Node()
    total = 0
    while n:
        n = n - 1
        if items:
            total = total + 1
        if name:
            total = total + 2
        if node:
            total = total + 3
        if ratio:
            total = total + 4
        if None:
            total = total + 5
    return total
print(count(40, [1], "", 0.5))
