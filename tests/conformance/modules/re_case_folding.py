import re
# Case-insensitive matching across Latin, Greek, Cyrillic and the special
# case pairs (long s, Kelvin sign, dotted and dotless i, titlecase digraphs):
# literals, one-character sets and backreferences.
chars = [chr(c) for c in list(range(0x41, 0x5b)) + list(range(0x61, 0x7b)) + list(range(0xb5, 0x250)) + list(range(0x370, 0x450)) + list(range(0x1e00, 0x1f00, 7)) + [0x1e9e, 0x212a, 0x212b, 0x17f, 0x130, 0x131, 0x1fbe, 0x345, 0x1fd3, 0x1fe3, 0xfb05, 0xfb06, 0x1c4, 0x1c5, 0x1c6]]
allc = ''.join(chars)
bad = 0
for c in chars:
    r1 = re.findall('(?i)' + re.escape(c), allc)
    r2 = re.findall('(?i)[' + re.escape(c) + ']', allc)
    r3 = re.findall('(?i)(' + re.escape(c) + r')\1', c + c.swapcase())
    print('%04x' % ord(c), ''.join(r1), ''.join(r2), len(r3))
for p in ['(?i)[a-z]+', '(?i)[A-Z]+', '(?i)[α-ω]+', '(?i)[а-я]+', '(?i)[^a-z]+', '(?ia)[a-z]+', '(?i)[k-l]+']:
    print(p, re.findall(p, allc))
