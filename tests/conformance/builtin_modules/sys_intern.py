import sys

s = sys.intern("hello" + str(1))
print(s, type(s).__name__, sys.intern("abc") == "abc")


class S(str):
    pass


for bad in (1, b"x", S("q"), None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError", e)
