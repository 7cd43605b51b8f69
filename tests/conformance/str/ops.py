# String operators: +, *, in, comparisons, ord/chr, iteration.
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, repr("" * 5))
print("a" in "abc", "bc" in "abc", "" in "abc", "" in "", "d" in "abc", "ac" not in "abc")
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" < "B")
print("abc" == "abc", "abc" != "ABC", "é" > "z", "日" > "é")
print(min("hello"), max("hello"), sorted("banana"))
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("日"), ord("\U0001F600"))
print(chr(97), chr(65), chr(233), chr(26085), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print([c for c in "héllo"])
print(list("abc"), tuple("xy"), list(""))
codes = []
for ch in "Hello, 世界":
    codes.append(ord(ch))
print(codes)
print("".join([chr(c) for c in codes]))
print("-".join("abc"), "".join(["x", "y"]), repr("".join([])), ", ".join(["one"]))
print("a" + "b" * 2 + "c", ("a" + "b") * 2)
s = "abc"
s += "def"
s *= 2
print(s, len(s))
print(str(1) + "1", "1" * 3, int("1" * 3) + 1)
print("abc" < "abcd" < "abd", "a" <= "a" < "b")
print(sorted(["b", "A", "a", "B", "_", "1", "é"]))
print(max(["apple", "banana", "cherry"]), min(["apple", "Apple", "APPLE"]))
print(bool(""), bool(" "), bool("0"), bool("False"))
caesar = ""
for ch in "Hello World":
    if "a" <= ch <= "z":
        caesar += chr((ord(ch) - 97 + 3) % 26 + 97)
    elif "A" <= ch <= "Z":
        caesar += chr((ord(ch) - 65 + 3) % 26 + 65)
    else:
        caesar += ch
print(caesar)
