# copy (shallow and deep, hooks, cycles), io.StringIO and string
import copy, io, string
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[0])
class P:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = P(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(type(p2).__name__, p2.x, p2.tags, p3.tags)
class Hook:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Hook("copied " + self.v)
    def __deepcopy__(self, memo):
        return Hook("deep " + self.v)
print(copy.copy(Hook("h")).v, copy.deepcopy([Hook("h")])[0].v)
class S:
    __slots__ = ("a", "b")
x = S()
x.a = [1]
y = copy.deepcopy(x)
print(y.a, y.a is x.a, hasattr(y, "b"))
print(copy.deepcopy({1: {2: {3}}}), copy.copy({4, 5}), copy.deepcopy(frozenset([1])))
f = io.StringIO()
print(f.write("hello "), f.write("world\nline2\n"), f.tell())
print(repr(f.getvalue()))
f.seek(0)
print(repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()))
g = io.StringIO("a\nb\nc")
print([line for line in g], g.tell())
g.seek(0)
print(g.readlines())
h = io.StringIO("abcdef")
h.seek(2)
h.write("XY")
print(h.getvalue(), h.tell(), h.truncate(3), repr(h.getvalue()))
with io.StringIO() as w:
    print("via print", 1, file=w)
    print(repr(w.getvalue()), w.closed)
print(w.closed)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
