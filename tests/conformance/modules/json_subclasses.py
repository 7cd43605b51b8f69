# json: subclasses of dict/list/tuple/str/int/float encode as their base type; nested default results; objects round trip through hooks
import json
class D(dict):
    pass
class L(list):
    pass
class T(tuple):
    pass
class S(str):
    pass
class N(int):
    pass
d = D(b=L([1, T((2, 3))]), a=S("x"))
print(json.dumps(d), json.dumps(d, sort_keys=True, indent=1))
print(json.dumps({N(5): N(6), S("s"): [N(-7)]}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError("no")
def dec(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
pts = {"origin": Point(0, 0), "path": [Point(1, 2.5), Point(-3, 4)], "meta": {"n": 2}}
text = json.dumps(pts, default=enc, indent=2)
print(text)
print(json.loads(text, object_hook=dec))
class Wrap:
    def __init__(self, inner):
        self.inner = inner
print(json.dumps(Wrap(Wrap(Wrap([1, Wrap(2)]))), default=lambda o: o.inner))
print(json.dumps({"k": Wrap({"deep": Wrap("v")})}, default=lambda o: o.inner, indent=2))
many = {str(i): [i, str(i) * 3, i / 7, {"even": i % 2 == 0}] for i in range(40)}
assert json.loads(json.dumps(many)) == many
assert json.loads(json.dumps(many, indent=4, sort_keys=True)) == many
print(len(json.dumps(many)), len(json.dumps(many, indent=4, sort_keys=True)))
print(json.dumps("\u00e9\u4e2d\U0001f40d\x7f\x1b", ensure_ascii=True), json.dumps("\u00e9\u4e2d\U0001f40d\x7f\x1b", ensure_ascii=False))
print(json.loads(json.dumps("\u00e9\u4e2d\U0001f40d")) == "\u00e9\u4e2d\U0001f40d")
print(json.loads('{"\\u4e2d": "\\ud83d\\udc0d", "k\u00e9y": [1, {"x": "\u4e2d"}]}'))
