# int has no __contains__ (a missing built-in dunder is an AttributeError)
print(hasattr(5, "__contains__"), hasattr("a", "__contains__"))
print(int.__contains__)
