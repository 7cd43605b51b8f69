# String indexing (negative too), slicing with steps, including non-ASCII strings.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-2], s[2:8:-1], s[100:], s[-100:3], s[3:100])
print(repr(s[5:5]), repr(s[10:]), repr(s[-1:-2]))
print(s[1:9:3], s[-1:-11:-4], s[0:10:100])
u = "héllo wörld 日本語"
print(u[1], u[-1], u[-3:], u[::-1], len(u))
print(u[6:11], u[12:14])
for i in range(-3, 3):
    print(i, s[i], u[i])
print("".join([s[i] for i in range(len(s)) if i % 3 == 0]))
t = "x"
print(t[0], t[-1], t[0:1], t[1:], repr(t[::-1]))
print("abc"[1:][0], "abc"[::-1][0])
e = ""
print(repr(e[:]), repr(e[::-1]), repr(e[5:10]))
print(s[len(s) - 1], s[-len(s)])
w = "racecar"
print(w == w[::-1], "python" == "python"[::-1])
print(s[None:4], s[4:None], s[None:None:-3])
