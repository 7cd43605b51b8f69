# The types of built-in callables: method descriptors, slot wrappers,
# method-wrappers and built-in functions/methods, as CPython splits them.
import types


def short(m):
    # Drop the address of a bound method's receiver.
    return repr(m).split(" at 0x")[0]


def f():
    pass


class A:
    def m(self):
        pass

    @classmethod
    def c(cls):
        pass

    lc = classmethod(len)


class D(dict):
    pass


for m in [list.append, str.join, dict.get, int.bit_length, int.to_bytes, float.hex, set.add,
          str.encode, type.mro, BaseException.with_traceback, Exception.add_note, bytes.__bytes__]:
    print(type(m).__name__, short(m))

for m in [[].append, "".join, {}.get, "".encode, ValueError().add_note, len, dict.fromkeys,
          D.fromkeys, {}.fromkeys, str.maketrans, int.from_bytes, bytes.fromhex]:
    print(type(m).__name__, short(m))

for m in [int.__add__, object.__init__, object.__eq__, list.__init__, A.__init__, A.__str__,
          A.__repr__, A.__hash__, object.__setattr__, OSError.__str__]:
    print(type(m).__name__, short(m))

for m in [(5).__add__, object().__init__, A().__init__, A().__str__, A().__hash__, [].__len__,
          f.__call__, f.__get__, ValueError().__str__]:
    print(type(m).__name__, short(m))

for m in [A.m, A().m, A.c, A.lc]:
    print(type(m).__name__, short(m))

print(types.BuiltinFunctionType, types.BuiltinMethodType, types.MethodType)
print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType)
print(isinstance(list.append, types.BuiltinFunctionType), isinstance(list.append, types.MethodDescriptorType))
print(isinstance([].append, types.BuiltinMethodType), callable(list.append), callable(int.__add__))
print(type(list.append) is type(str.join), type(int.__add__) is type(object.__init__))
print(type((1).__add__) is type(f.__call__))
lst = []
list.append(lst, 3)
print(lst, int.__add__(2, 3), (2).__add__(5))
for t in [type(list.append), type(int.__add__), type((1).__add__)]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
