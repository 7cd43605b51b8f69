# del of names, list items, slices, dict keys and attributes, with the resulting errors.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    cls_attr = "class"
o = C()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(o, "cls_attr"))
# multiple targets and nested targets
a, b, c = 1, 2, 3
del a, (b, c)
print([n for n in ("a", "b", "c") if n in dir()])
# immutables reject item deletion
for obj, key in [((1, 2), 0), ("abc", 1), (range(3), 0)]:
    try:
        del obj[key]
    except TypeError as e:
        print(type(e).__name__, e)
# del of a local then use -> UnboundLocalError
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
