# An uncaught TypeError from a subscript whose key's __index__ returns a
# non-int, after a hot loop of exact-int and __index__ keys.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

data = list(range(10))
total = 0
for i in range(2000):
    total += data[Idx(i % 10) if i % 2 else i % 10]
print(total)
print(data[Idx(3.5)])
