# str.split/rsplit-free splitting, join, splitlines, partition edge cases.
print("a b  c".split(), "  leading and trailing  ".split(), "".split(), "   ".split())
print("\t a\n b \r\n c \x0b d\x0c".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c".split(",", 0), "a,b".split(",", -1))
print("a  b  c".split(" "), "a--b--c".split("--"), "aaa".split("a"), "aaaa".split("aa"))
print("one two three four".split(None, 2), "  x  y  ".split(None, 1))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("x\ny\n".split("\n"), "x\ny".splitlines(True))
print(", ".join(["a", "b", "c"]), "".join(["a", "b"]), "-".join([]), "x".join(["solo"]))
print(" ".join("hello".split("l")))
print("key=value=more".partition("="), "novalue".partition("="), "=x".partition("="))
print("a.b.c".partition("."), "abc".partition("abc"), "".partition("x"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[-1], "|".join(words[::2]))
csv = "name,age,city\nann,31,paris\nbob,,rome"
rows = []
for line in csv.splitlines():
    rows.append(line.split(","))
print(rows)
print([len(r) for r in rows], rows[2][1] == "")
print("1 2 3".split(" ") == "1 2 3".split())
print("日本 語".split(), "é,è".split(","))
path = "/usr/local/bin/python"
print(path.split("/"), "/".join(path.split("/")[:-1]))
