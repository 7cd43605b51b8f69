# The types of functions, generators, iterators, None, ... have names but
# are not built-in names (only `type(...)` reaches them).
import builtins

for name in ["function", "generator", "coroutine", "module", "method", "code", "cell", "traceback",
             "NoneType", "NotImplementedType", "ellipsis", "list_iterator", "dict_keys", "iterator",
             "builtin_function_or_method", "method_descriptor", "range_iterator", "set_iterator"]:
    print(name, hasattr(builtins, name), name in dir(builtins))
    try:
        eval(name)
    except NameError as e:
        print("NameError:", e)
for name in ["object", "type", "int", "bool", "slice", "enumerate", "zip", "map", "filter", "super",
             "property", "staticmethod", "classmethod", "frozenset", "bytearray", "complex", "range"]:
    print(name, getattr(builtins, name).__name__, eval(name) is getattr(builtins, name))
print(type(None).__name__, type(iter([])).__name__, type(lambda: 0).__name__, type({}.keys()).__name__)
