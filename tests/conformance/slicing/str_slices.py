# String slicing tricks: reversing, chunking, rotations, palindromes.
s = "Hello, World!"
print(s[7:12], s[:5], s[-6:], s[::-1], s[::2], s[1::2], s[-1:-6:-1])
chunks = [s[i:i + 4] for i in range(0, len(s), 4)]
print(chunks)
print([s[i:] + s[:i] for i in range(0, 5)])
def is_pal(t):
    t = "".join([c.lower() for c in t if c.isalpha()])
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("Hello"), is_pal(""))
u = "日本語テキスト"
print(u[2:], u[::-1], u[1:5:2], u[-2:], len(u[::3]))
word = "abcdefgh"
print(repr(word[:0]), repr(word[8:]), repr(word[3:3]), repr(word[-1:0]), repr(word[0:-1:-1]))
print(word[1:7][::-1][1:4], word[::-1][::-1] == word)
num = "1234567890"
grouped = ""
i = len(num)
while i > 0:
    start = i - 3 if i - 3 > 0 else 0
    part = num[start:i]
    grouped = part + ("," + grouped if grouped else "")
    i -= 3
print(grouped)
print(num[-3:] + num[:-3], num[::3], num[::-3], num[2::-1], num[:2:-1])
e = ""
print(repr(e[::-1]), repr(e[1:]), repr(e[-1:]))
title = "  trimmed  "
print("[" + title[2:-2] + "]", "[" + title.strip()[::-1] + "]")
bits = "1011001"
print(bits[::-1], int(bits, 2), int(bits[::-1], 2), bits[-3:], int(bits[-3:], 2))
print("abc"[1:2] * 3, ("ab" * 5)[3:7], "xyz"[-2], "xyz"[-3])
