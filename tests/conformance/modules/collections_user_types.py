# collections.UserDict, UserList, UserString and functools.partialmethod
import copy
from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableSequence, Sequence
from functools import partialmethod


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return "missing " + key


d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], d["zz"], "b" in d, "B" in d, d.get("q"), d.get("a"))
print(sorted(d.items()), list(d), isinstance(d, Mapping), d == {"a": 1, "b": 2, "c": 3})
e = d.copy()
e["X"] = 9
print(type(e).__name__, e, d)
print(UserDict.fromkeys("ab", 0), Lower.fromkeys(["Q"]), type(Lower.fromkeys("a")).__name__)
u = UserDict(a=1)
print(u | {"b": 2}, {"z": 0} | u, type(u | u).__name__)
u |= {"c": 3}
print(u, copy.copy(u), copy.copy(u) is u, copy.copy(d).data is d.data)
del u["a"]
print(u.pop("c"), u, repr(UserDict()))
try:
    UserDict()["nope"]
except KeyError as ex:
    print("KeyError", ex)

l = UserList([3, 1, 2])
l.append(5)
l.extend(UserList([0]))
l += [7]
l.sort()
print(l, l[1:3], type(l[1:3]).__name__, l[0], len(l), 5 in l, l.index(5), l.count(1))
print(l + [9], [9] + l, l + UserList([8]), l * 2, 2 * l, type(2 * l).__name__)
print(l == [0, 1, 2, 3, 5, 7], l < [1], l > UserList([0, 1]), isinstance(l, MutableSequence))
l.insert(0, -1)
l.reverse()
print(l.pop(), l.pop(0), l, l.copy(), type(l.copy()).__name__)
l[0] = "x"
del l[1]
l.remove(2)
l *= 2
print(l, UserList("abc"), UserList(), UserList(UserList([1])))
l.clear()
print(l)
try:
    hash(UserList())
except TypeError as ex:
    print("TypeError", ex)


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), s[0], type(s[1:4]).__name__, s.shout(), type(s.shout()).__name__)
print(s.split(), s.title(), s.replace("o", "0", 1), s.find("o"), s.rfind(UserString("o")), s.count("l"))
print(s + "!", "<" + s, s * 2, s.center(15, "*"), s.zfill(13), s.strip("hd"), s.capitalize())
print(s == "hello world", s < "z", "wor" in s, UserString("wor") in s, hash(s) == hash("hello world"))
print(s.startswith("he"), s.endswith(("x", "ld")), s.isalpha(), UserString("12").isdigit(), int(UserString("12")) + 1)
print(UserString("%s-%d") % ("a", 3), "%s!" % UserString("x"), s.encode(), s.partition(" "), s.join("ab"))
print(UserString(5), UserString(UserString("u")), float(UserString("1.5")), s.format(), isinstance(s, Sequence))
print(s.removeprefix("hello "), s.removesuffix(UserString(" world")), s.ljust(13, "."), s.rjust(12), s.expandtabs())
print(s.translate(str.maketrans("lo", "01")), s.swapcase(), s.casefold(), s.index("w"), s.rindex("l"), s.splitlines())


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, loud=False):
        self._alive = bool(state)
        return ("LOUD " if loud else "") + str(self._alive)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, loud=True)

    @classmethod
    def make(cls, tag, n):
        return "%s %s %d" % (cls.__name__, tag, n)

    make_a = partialmethod(make, "a")


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(loud=True))
print(Cell.make_a(3), c.make_a(4))
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0])
print(Cell.set_alive(c), Cell.__dict__["set_alive"].args, Cell.__dict__["set_dead"].keywords)
p2 = partialmethod(Cell.__dict__["set_alive"], loud=True)
print(p2.args, p2.keywords, p2.func is Cell.set_state)
try:
    partialmethod(5)
except TypeError as ex:
    print("TypeError", ex)
