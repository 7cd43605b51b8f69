# ZeroDivisionError from divmod() with a zero int divisor, raised inside a function.
def split(n, parts):
    q, r = divmod(n, parts)
    return [q + 1] * r + [q] * (parts - r)
print(split(10, 3), split(9, 3), split(2, 5))
print(split(10**20, 7))
print(split(5, 0))
