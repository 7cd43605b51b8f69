# Dict and set operations on keys other than small ints and strs: a tuple
# key (`rt dict_set`, unguarded: the function hashes the tuple itself and
# exits if that would run Python code; a lookup by a pair the trace made is
# `rt dict_get_pair` on its two items, and `sink` leaves the pair virtual),
# an instance hashed by identity in a set (`rt set_in`, and `set.add` as
# `rt set_add`).
class Node:
    pass


def walk(grid, nodes, seen, n):
    total = 0
    for i in range(n):
        total += grid[(i % 3, 1)]
        grid[(i % 3, 2)] = i
        node = nodes[i % 2]
        if node not in seen:
            seen.add(node)
    return total


print(walk({(0, 1): 1, (1, 1): 2, (2, 1): 3}, [Node(), Node()], set(), 12))
