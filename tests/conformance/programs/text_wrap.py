# Program: greedy text wrapping and justification using str methods only.
TEXT = "Python-compatible virtual machines must reproduce every observable detail, including float formatting, integer division semantics and the exact wording of error messages."
def wrap(text, width):
    lines = []
    cur = ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur = cur + " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + " " * n
    return out + words[-1]
for width in [30, 45]:
    lines = wrap(TEXT, width)
    print("width", width, "lines", len(lines))
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
for l in wrap(TEXT, 40):
    print("[" + l.center(40) + "]")
print(wrap("", 10), wrap("supercalifragilistic", 5), wrap("a b c", 1))
