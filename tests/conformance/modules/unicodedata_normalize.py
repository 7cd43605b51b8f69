# unicodedata: normalize and is_normalized in the four forms.
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
samples = [
    '', 'plain ascii', 'Caf\xe9', 'Cafe\u0301', '\xc5ngstr\xf6m', 'A\u030a', '\u212b', '\u2126',
    '\ufb01ne \ufb03', '\xbd \u2153 \xb2 \u2460 \u33a1', '\uff28\uff45\uff4c\uff4c\uff4f', '\u1e9b\u0323',
    'a\u0323\u0301\u0302', 'a\u0301\u0323', 'e\u0302\u0323\u0300', 'q\u0307\u0323', '\u0344', '\u0958',
    '\u00c7\u0327', '\u0f73', '\u1100\u1161\u11a8', '\uac00\u11a8', '\ud4db', '\u1100\uac00\u1161',
    '\u1112\u1161\u11ab\u1100\u1173\u11af', '\u1100\u1100\u1161', '\u11a8\uac00', '\uac01\u11a8',
    '\u0b47\u0b3e', '\u0b4b', '\u3099\u304b', '\u304b\u3099', '\u30ab\u3099\u30cf\u309a', '\uff76\uff9e',
    '\U0001d15e', '\U0001d160', '\U0001d400\U0001d7ce', '\u2fa1d', '\U0002fa1d', '\uf900\uf9ff',
    '\U0001f600\u200d\U0001f469', '\u0378\u0301', '\U00031350\u0301', 'x\u0301\U000e0100',
    '\u0300a', '\u0345\u0300\u0301', '\u05d0\u05b7\u05bc', '\ufb2f', '\u2000\u2001\u3000\xa0',
    '\u01c4\u01c6\u0132\u2474', '\u1e0a\u0323', 'D\u0307\u0323', '\u00e9\u0300', '\ufdfa', '\ufb4f',
]
for s in samples:
    row = [ascii(s)]
    for form in FORMS:
        n = unicodedata.normalize(form, s)
        row.append(ascii(n) + ('*' if unicodedata.is_normalized(form, s) else ''))
    print(' '.join(row))

# Normalizing twice changes nothing.
for s in samples:
    for form in FORMS:
        n = unicodedata.normalize(form, s)
        if unicodedata.normalize(form, n) != n or not unicodedata.is_normalized(form, n):
            print('unstable', form, ascii(s))

# Accent stripping and slugs, as scripts do them.
def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def slugify(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')
    out = []
    for c in s.lower():
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-')

for s in ('Cr\xe8me br\xfbl\xe9e', '\u0141\xf3d\u017a', 'Stra\xdfe \ufb01 \u2460', '\u1e9e\xf1\xe5\xe7\xea'):
    print(ascii(strip_accents(s)), slugify(s))

# Every Hangul syllable decomposes and composes back.
bad = 0
for cp in range(0xac00, 0xd7a4):
    c = chr(cp)
    d = unicodedata.normalize('NFD', c)
    if unicodedata.normalize('NFC', d) != c or len(d) != (2 if (cp - 0xac00) % 28 == 0 else 3):
        bad += 1
print('hangul', bad, ascii(unicodedata.normalize('NFD', '\uac00\ud7a3')))

# A str subclass comes back as a str; text already normalized is the same object.
class S(str):
    pass

print(type(unicodedata.normalize('NFC', S('abc'))).__name__)
t = 'd\xe9j\xe0 vu'
print(unicodedata.normalize('NFC', t) is t, unicodedata.normalize('NFD', t) == t)

# A long run of combining marks is put in class order, stably.
marks = 'a' + ''.join(chr(0x300 + i * 7 % 0x70) for i in range(40)) + '\u05b0\u0f71\u0f72\u3099\u0323\u0301\u0345'
for form in FORMS:
    print(form, ascii(unicodedata.normalize(form, marks)))
