class S(str):
    pass


class T(str):
    def __str__(self):
        return "custom"


s = S("text")
print(type(str(s)).__name__, str(s), str(s) is s, type(str(T("x"))).__name__, str(T("x")))
plain = "abc"
print(str(plain) is plain, repr(str(S(""))))
