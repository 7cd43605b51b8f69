# In the spirit of the benchmarks game's regex-redux: a pseudo-random DNA
# sequence in FASTA form, cleaned with sub, variants counted with findall,
# IUB codes expanded with a chain of subs.
import re

def lcg(seed):
    while True:
        seed = (seed * 3877 + 29573) % 139968
        yield seed / 139968

def fasta(n):
    rnd = lcg(42)
    probs = [('a', 0.27), ('c', 0.12), ('g', 0.12), ('t', 0.27), ('B', 0.02), ('D', 0.02),
             ('H', 0.02), ('K', 0.02), ('M', 0.02), ('N', 0.02), ('R', 0.02), ('S', 0.02),
             ('V', 0.02), ('W', 0.02), ('Y', 0.02)]
    lines = ['>ONE Homo sapiens alu', '>TWO IUB ambiguity codes']
    seq = []
    for _ in range(n):
        r = next(rnd)
        acc = 0.0
        for ch, p in probs:
            acc += p
            if r < acc:
                seq.append(ch)
                break
        else:
            seq.append('t')
    text = ''.join(seq)
    # Plant a few variants so every pattern has something to count.
    text = text[:100] + 'agggtaaa' + text[100:500] + 'tttaccct' + text[500:900] + 'cgggtaaa' + text[900:]
    body = '\n'.join(text[i:i + 60] for i in range(0, len(text), 60))
    return lines[0] + '\n' + body[:len(body) // 2] + '\n' + lines[1] + '\n' + body[len(body) // 2:] + '\n'

data = fasta(20000)
ilen = len(data)
seq = re.sub('>.*\n|\n', '', data)
clen = len(seq)

variants = (
    'agggtaaa|tttaccct',
    '[cgt]gggtaaa|tttaccc[acg]',
    'a[act]ggtaaa|tttacc[agt]t',
    'ag[act]gtaaa|tttac[agt]ct',
    'agg[act]taaa|ttta[agt]cct',
    'aggg[acg]aaa|ttt[cgt]ccct',
    'agggt[cgt]aa|tt[acg]accct',
    'agggta[cgt]a|t[acg]taccct',
    'agggtaa[cgt]|[acg]ttaccct',
)
for v in variants:
    print(v, len(re.findall(v, seq)))

subst = (
    ('tHa[Nt]', '<4>'), ('aND|caN|Ha[DS]|WaS', '<3>'), ('a[NSt]|BY', '<2>'),
    ('<[^>]*>', '|'), ('\\|[^|][^|]*\\|', '-'),
)
for f, r in subst:
    seq = re.sub(f, r, seq)

print()
print(ilen)
print(clen)
print(len(seq))
print(seq[:70])
print(sorted(set(re.findall(r'[A-Z]', seq))))
counts = {}
for m in re.finditer(r'(g+)|(c+)', seq[:5000]):
    key = 'g' if m.group(1) else 'c'
    counts[key, len(m.group())] = counts.get((key, len(m.group())), 0) + 1
print(sorted(counts.items()))
print(re.subn(r'(?i)(a)(t)', r'\2\1', seq[:200]))
