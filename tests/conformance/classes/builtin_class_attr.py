# A built-in function stored on a class is not a method: read through an
# instance it is the function itself. A built-in type's method is.
import math
import time


class Holder:
    f = len
    g = math.floor
    h = time.gmtime
    m = max


print(Holder().f([1, 2]), Holder().g(2.5), Holder().h(0).tm_year, Holder().m(3, 9))
print(Holder.f, Holder().f, Holder().f is len)
print(getattr(Holder(), "g")(7.9))


class Sub(Holder):
    pass


print(Sub().f("abc"), Sub().m([4, 1]))


class L(list):
    add = list.append
    size = list.__len__


lst = L()
lst.add(5)
lst.add(6)
print(lst, lst.size())
try:

    class Wrong:
        add = list.append

    Wrong().add(1)
except TypeError as e:
    print("TypeError:", e)


class Conv:
    converter = time.gmtime

    def year(self, t):
        return self.converter(t).tm_year


print(Conv().year(86400 * 366))
Conv.converter = time.localtime
print(type(Conv().converter(0)).__name__)
