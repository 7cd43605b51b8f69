# Case methods, predicates and padding: upper/lower/title/capitalize/isX/center/zfill.
s = "hello World 123"
print(s.upper(), s.lower(), s.title(), s.capitalize())
print("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), "élan vital".capitalize())
print("they're bill's friends".title(), "HELLO".capitalize(), "".title(), "123abc".capitalize())
print("a1b2".title(), "o'neil mc-donald".title())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "١٢".isdigit(), "²".isdigit())
print("abc".isalpha(), "ab1".isalpha(), "".isalpha(), "é日".isalpha(), "a b".isalpha())
print(" \t\n".isspace(), "".isspace(), " a ".isspace(), "\xa0".isspace())
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".center(7, "*")), repr("x".center(4, "-")), repr("".center(3, ".")))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, "0")), repr("abcdef".rjust(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("3.14".zfill(7), "-0.5".zfill(6))
table = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, qty in table:
    print(name.ljust(8, ".") + str(qty).rjust(5))
print("|" + "title".center(20, "=") + "|")
print("MiXeD".lower().upper().lower())
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("x".upper() * 3, "ABC".lower()[1])
