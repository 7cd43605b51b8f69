# PEP 585 generics of built-in types (types.GenericAlias), evaluated annotations, types module
import types
x: list[int] = []
y: dict[str, list[int]] = {}
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int], tuple[()])
print(__annotations__)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__)
print(type(list[int]).__name__, isinstance(list[int], types.GenericAlias))
class P:
    items: list[tuple[int, str]]
print(P.__annotations__)
def f():
    pass
def g():
    yield
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[3]))
