# Corner cases a differential run against CPython found, kept as regressions.
import re

def show(p, s, flags=0):
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(repr(p), 'error:', e)
        return
    m = c.search(s)
    print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('<\\g<0>>', s), c.split(s))

# An anchor inside a group may be repeated; a bare one may not.
show(r'(?:\B){1,2}?', 'ab c')
show(r'(?:^)*', 'ab')
show(r'(?:(?:^){2}){2,}(\d{0,2})', '12x')
show(r'^*', 'a')
show(r'\b+', 'a')
# A comment or inline flags between an item and its quantifier.
show(r'a(?#note)*', 'aaa')
show(r'^(?#note)*', 'a')
show(r'a*(?#note)*', 'a')
# The zero-width check of a counted repeat: the first check after the
# required iterations always allows one more.
show(r'(?:((?(1)b|)*))+', 'b b')
show(r'(?:(a|)(?(1)|b))+', 'ab')
show(r'(?:()|a)+', 'aa')
show(r'(a?)+?b', 'aab')
# Possessive repeats of groups: each iteration is atomic.
show(r'(?:(?:\w|\w){1,3}){2,3}+', 'aB aA')
show(r'(?:a|ab)*+b', 'aab')
show(r'(?:ab|a){2}+c', 'ababc abac')
show(r'(a+)++a', 'aaa')
show(r'(?:x+)?+x', 'xx')
# Lookarounds keep (positive) or drop (negative) their captures.
show(r'(?=(a+))a*b\1', 'baaabac')
show(r'(?!(a)b)(a)', 'ab ac')
show(r'(?<=(a)(b))c', 'abc')
show(r'(?<!(a))b', 'ab cb')
# Backreferences to groups set in earlier iterations.
show(r'(?:(a)|b)*\1', 'abab')
show(r'(?:(a)|(b))+', 'ab')
show(r'((a)|b)*', 'ba')
show(r'(a*)+', 'aa')
show(r'(a|b)*?(a)', 'bba')
