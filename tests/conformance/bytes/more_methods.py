# bytes/bytearray: the ASCII class tests, removeprefix/removesuffix;
# bytearray insert, remove, reverse.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"abc", b"ABC", b"aBc", b"abc1", b"123", b"1a", b" \t\n\r\x0b\x0c", b" x", b"\x80",
           b"\xe9", b"a b", b"_", b"ABC1!", b"abc!", b"\x7f"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.isupper())
    ba = bytearray(s)
    print(ba.isalnum(), ba.isalpha(), ba.isascii(), ba.isdigit(), ba.islower(), ba.isspace(), ba.isupper())
show(lambda: b"a".isalpha(1))
show(lambda: bytearray(b"a").isupper(1))
print(b"prefix-body".removeprefix(b"prefix-"), b"prefix-body".removeprefix(b"x"), b"ab".removeprefix(b""))
print(b"body.py".removesuffix(b".py"), b"body.py".removesuffix(b".c"), b"ab".removesuffix(b"ab"))
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(bytearray(b"bc")))
print(b"abc".removeprefix(bytearray(b"ab")), type(bytearray(b"x").removeprefix(b"y")).__name__)
show(lambda: b"ab".removeprefix("a"))
show(lambda: b"ab".removesuffix(None))
show(lambda: b"ab".removeprefix())
show(lambda: bytearray(b"ab").removesuffix(b"a", b"b"))
b = bytearray(b"abc")
b.insert(0, 65)
b.insert(100, 66)
b.insert(-1, 67)
b.insert(-100, 68)
b.insert(2, True)
print(b)
show(lambda: b.insert(1))
show(lambda: b.insert(1, 300))
show(lambda: b.insert(1, -1))
show(lambda: b.insert("x", 3))
show(lambda: b.insert(1, b"a"))
show(lambda: b.insert(2 ** 70, 3))
b = bytearray(b"abcabc")
print(b.remove(98), b)
b.remove(ord("c"))
print(b)
show(lambda: b.remove(9))
show(lambda: b.remove(b"a"))
show(lambda: b.remove())
show(lambda: b.remove(-1))
show(lambda: b.remove(256))
b = bytearray(b"hello")
print(b.reverse(), b)
b = bytearray()
b.reverse()
print(b)
show(lambda: b.reverse(1))
print(hasattr(b"", "insert"), hasattr(b"", "reverse"), hasattr(bytearray, "remove"))
