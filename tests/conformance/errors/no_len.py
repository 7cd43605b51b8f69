# TypeError: object of type 'int' has no len().
things = ["abc", [1, 2, 3], (1,), {"a": 1}, range(7), 12345]
for t in things:
    print(repr(t), len(t))
