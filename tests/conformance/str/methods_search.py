# find/rfind/index/count/startswith/endswith/replace/strip with edge cases.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"), s.rfind(""), s.find("o", 5, 8))
print(s.index("world"), s.index("o"), s.index("l", 4), "abcabc".rfind("abc", 0, 5))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), "".count(""), s.count("o", 10))
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("python"), s.endswith("hello"), s.endswith(""), "abc".endswith("abc"))
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("zz", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("b", ""), "aaa".replace("a", "b", 0))
print("ababab".replace("aba", "X"), "abc".replace("abc", "", 1))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("\t\n x \r\n".strip()), repr("".strip()), repr("   ".strip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a.b..".lstrip(".")), repr("..a.b..".rstrip(".")))
print(repr("hello".strip("")), repr("hello".strip("ho")), repr("aaaa".strip("a")))
print(repr("0042".lstrip("0")), repr("1.500".rstrip("0")), repr("www.example.com".strip("cmowz.")))
print("日本日".count("日"), "日本日".find("本"), "héllo".index("l"), "héllo".replace("é", "e"))
url = "https://example.com/path"
if url.startswith("https://"):
    print(url[len("https://"):])
print("Mississippi".count("ss"), "Mississippi".count("i"), "Mississippi".rfind("ss"))
print("a-b-c".replace("-", ", "))
