def f(words, d):
    out = ""
    for w in words:
        d[w] = d.get(w, 0) + len(w)
        if w in d and w != "b":
            out = out + w[0]
    return out
print(f(["ab", "b", "cd"] * 4, {}))
