# functools.singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
def show_str(x, sep="-"):
    return sep.join(x)
show.register(str, show_str)
class Base: pass
class Derived(Base): pass
show.register(Base, lambda x: "a " + type(x).__name__)
print(show(5), show(True), show([1, 2]), show("abc"), show(2.5), show(None))
print(show(Derived()), show(Base()), show("xy", sep="+"))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
print(sorted(k.__name__ for k in show.registry), show.__name__)
class L(list): pass
print(show(L([1, 2, 3])))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "other"
    @fmt.register(int)
    def _(self, arg):
        return "int:" + str(arg)
    @fmt.register(str)
    def _(self, arg):
        return "str:" + arg
f = Fmt()
print(f.fmt(1), f.fmt("s"), f.fmt(1.5))
try:
    show()
except TypeError as e:
    print("TypeError", e)
