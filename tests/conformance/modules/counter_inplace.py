# Counter's in-place multiset operators (they change the counter itself)
# and its inclusion comparisons.
from collections import Counter

a = Counter({2: 1, 3: 2, 7: 0})
b = Counter({3: 1, 5: 1, 2: -4})
for op in ["+=", "-=", "|=", "&="]:
    c = Counter(a)
    alias = c
    exec(f"c {op} b")
    print(op, c, c is alias, alias)

# gcd through the common prime factors (TheAlgorithms' gcd_of_n_numbers).
common = Counter({2: 3, 3: 2, 5: 1})
for other in [Counter({2: 1, 3: 3}), Counter({2: 2, 3: 1, 7: 1})]:
    common &= other
print(common)

print(Counter("aab") <= Counter("aabc"), Counter("aab") < Counter("aab"), Counter("abc") >= Counter("ab"))
print(Counter("ab") > Counter("ab"), Counter() <= Counter(), Counter("a") < Counter("ab"))
try:
    Counter("a") <= {"a": 1}
except TypeError as e:
    print("TypeError:", e)


# In-place operators of built-in subclasses without an in-place dunder
# fall back to the forward one.
class D(dict):
    def __and__(self, other):
        return "D.__and__"

    def __add__(self, other):
        return "D.__add__"


d = D(a=1)
d &= {}
print(d)
d = D(a=1)
d += {}
print(d)
d = D(a=1)
d |= {"b": 2}
print(d, type(d).__name__)


class L(list):
    def __sub__(self, other):
        return L(x for x in self if x not in other)


lst = L([1, 2, 3])
alias = lst
lst -= [2]
print(lst, type(lst).__name__, lst is alias)
lst += [9]
print(lst, lst is not alias)


class I(int):
    pass


i = I(5)
i += 2
print(i, type(i).__name__)
for make in ["x = D(); x -= {}", "y = L(); y &= []", "z = I(1); z @= 2"]:
    try:
        exec(make)
    except TypeError as e:
        print("TypeError:", e)
