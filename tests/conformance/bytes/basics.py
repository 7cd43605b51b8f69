# bytes and bytearray basics
b = b"hello"
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[10:])
print(b"it's", b'say "hi"', b'both \' and "', b"\x00\x7f\x80\xff\t\n\r\\", b"", rb"\n", b"a" b"b")
print(type(b).__name__, type(bytearray()).__name__, isinstance(b, bytes))
print(list(b), [x for x in b"ab"], tuple(b"\x01\x02"))
print(b + b" world", b * 2, 3 * b"ab", b"" * 5, bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
print(b == b"hello", b == bytearray(b"hello"), b != b"x", b < b"help", b"abc" < b"abd", b"ab" < b"abc", b == "hello")
print(104 in b, b"ell" in b, b"" in b, 0 in b, bytearray(b"el") in b)
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""), {b"k": 1}[b"k"], bool(b""), bool(b"\x00"))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray("abc", "ascii"), bytearray(b"xyz"))
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é€".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"deadbeef".hex(), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"), b"".hex())
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".find(b"z"), b"hello".index(b"e"), b"hello".count(b"l"))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"b", 2), b"Hello".upper(), b"Hello".lower())
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba, ba.pop(), ba.pop(0), ba, len(ba), ba[1], ba[-1], ba[1:3])
c = ba.copy()
ba.clear()
print(ba, c, c == b"bcdefg")
for x in bytearray(b"\x01\x02"):
    print(x)
s = 0
for i in range(300):
    s += b"\x01\x02\x03"[i % 3]
print(s)
print(sorted([b"b", b"a", b"c"]), max(b"abc"), sum(b"\x01\x02"), b"%d" if False else b"ok")
print(len(bytes(b"\x00abc").decode()), {b"a", b"a", b"b"} == {b"a", b"b"})
