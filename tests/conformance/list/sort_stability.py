# sort()/sorted() stability with key=, reverse=, and sorting tuples.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
def age(p):
    return p[1]
def name(p):
    return p[0]
print(sorted(people, key=age))
print(sorted(people, key=age, reverse=True))
print(sorted(people))
print(sorted(people, key=name, reverse=True))
by_name = sorted(people, key=name)
by_age_then_name = sorted(by_name, key=age)
print(by_age_then_name)
recs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
def first(t):
    return t[0]
print(sorted(recs, key=first))
print(sorted(recs, key=first, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted([1]))
print(sorted([(2, 1), (1, 2), (1, 1, 0), (1,), ()]))
print(sorted([[3], [1, 2], [1], []]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-2, 2, -1, 1], key=abs))
print(sorted([0.5, -1, 3, 2.5, True, False]))
a = [5, 3, 5, 1, 3]
a.sort()
print(a)
words = ["b", "B", "a", "A", "c"]
def upper(s):
    return s.upper()
print(sorted(words, key=upper), sorted(words, key=upper, reverse=True))
def neg(x):
    return -x
print(sorted([1, 5, 2, 4], key=neg))
print(sorted("zyx"), sorted((3, 2, 1)), sorted({"b": 1, "a": 2}))
def mod3(x):
    return x % 3
print(sorted(range(12), key=mod3))
print(sorted(range(12), key=mod3, reverse=True))
