# Iterators the trace makes: `iter()` of a list stepped once and dropped
# (`break`) is never made (`sink`: each step a `load_item` at a constant
# index; exits make it at the index it has there), `iter()` of a range
# is a runtime function, and `iter()` of an iterator is the iterator.
def first_positive(n, items):
    total = 0
    for i in range(n):
        for x in items:
            if x > 0:
                total += x
                break
        for j in reversed(range(3)):
            total += j
            break
    return total
print(first_positive(20, [4, 5, 6]))
print(first_positive(20, (-1, 0, 7)))
