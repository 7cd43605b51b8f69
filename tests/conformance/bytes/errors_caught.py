# errors of bytes and bytearray operations
cases = [
    "b'a' + 'b'", "'a' + b'b'", "b'a' + 1", "b'abc'[5]", "bytearray(b'a')[3]", "bytearray(b'a')['x']",
    "b'a' < 'a'", "b'a' < 1", "'a' in b'abc'", "256 in b'a'", "-1 in b'a'", "hash(bytearray())",
    "bytes('abc')", "bytes(-1)", "bytes(1.5)", "bytes([256])", "bytes(['a'])", "bytes(1, 'utf-8')", "bytearray('x')",
    "bytes('x', 'nope')", "'é'.encode('ascii')", "'€'.encode('latin-1')", "b'\\xe9'.decode()", "b'a\\xe9b'.decode()",
    "b'\\xff'.decode()", "b'\\x80abc'.decode('utf-8')", "b'\\xe9'.decode('ascii')", "bytes.fromhex('0g')", "bytes.fromhex('abc')",
    "b'a'.join(['b'])", "b'a b'.split(b'')", "b'x'.find('x')", "b'x'.index(b'y')", "bytearray().pop()", "bytearray(b'a').pop(5)",
    "bytearray(b'a').append(256)", "bytearray(b'a').append('x')", "b'a'.startswith('a')", "b'a'.decode('utf-8', 'bogus')",
    "b'a' * 'x'", "b'a' - b'a'",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__ + ":", e)
ba = bytearray(b"abc")
for bad in [("x", 1), (5, 1), (0, 300), (0, "a")]:
    try:
        ba[bad[0]] = bad[1]
    except Exception as e:
        print(bad, type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except Exception as e:
    print(type(e).__name__ + ":", e)
