import re

def num(scanner, token):
    return ('NUM', int(token))

sc = re.Scanner([
    (r'\d+', num),
    (r'[a-z_]\w*', lambda s, t: ('ID', t)),
    (r'(=)|(\+)', lambda s, t: ('OP', t, s.match.lastindex)),
    (r'\s+', None),
])
print(sc.scan('x = y + 42 z'))
print(sc.scan('a = 1 ! b'))
print(re.Pattern[str], re.Match[bytes])
print(hasattr(re, 'PatternError'), hasattr(re, 'Scanner'), hasattr(re, 'template'))
