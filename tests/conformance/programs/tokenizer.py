# Program: a tiny tokenizer for arithmetic expressions built from str methods.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if "." in text:
                tokens.append(("NUM", float(text)))
            else:
                tokens.append(("NUM", int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ["**", "//", "==", "<=", ">=", "!="]:
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/%()<>=,":
            tokens.append(("OP", ch))
            i += 1
        else:
            tokens.append(("ERR", ch))
            i += 1
    return tokens
for src in ["1 + 2*3", "x_1 = (alpha ** 2) // 3.5", "a<=b != c", "", "   ", "f(1,2) ? 9", "12345678901234567890 % 7"]:
    print(repr(src), tokenize(src))
toks = tokenize("price * qty + tax - 3.25 / 2")
print([t[1] for t in toks if t[0] == "NAME"], [t[1] for t in toks if t[0] == "NUM"])
kinds = {}
for kind, val in tokenize("a + b * (c - 1) ** 2 == d"):
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)
print(" ".join([str(v) for k, v in tokenize("3+4*(2-1)")]))
