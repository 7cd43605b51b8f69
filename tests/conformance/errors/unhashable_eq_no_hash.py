# TypeError: defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
print(P(1) == P(1), P(1) == P(2), P(1) != P(2))
print([P(1), P(2)].count(P(1)))
table = {}
table[P(1)] = "one"
print("never printed")
