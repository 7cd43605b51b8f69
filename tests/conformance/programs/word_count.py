# Program: word frequency count with dicts, normalization and ranking.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't! A quick, quick fox -- and a LAZY dog.
Numbers like 42 and 42 also count."""
def normalize(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha() or ch.isdigit() or ch == "'":
            out += ch
    return out
counts = {}
order = []
for raw in text.split():
    w = normalize(raw)
    if not w:
        continue
    if w not in counts:
        order.append(w)
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(len(counts), sum(counts.values()), order[:5])
def rank_key(item):
    return (-item[1], item[0])
ranked = sorted(counts.items(), key=rank_key)
for word, n in ranked[:6]:
    print(word.ljust(8), str(n).rjust(3), "#" * n)
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
lines = text.splitlines()
print([len(l.split()) for l in lines])
longest = max(counts, key=len)
print("longest word:", longest, len(longest))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=rank_key)[:5]
print(top)
