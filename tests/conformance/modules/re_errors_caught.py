import re

bad = [
    '(abc', 'abc)', '*a', 'a**', 'a*+*', '+', '?', 'a{2,1}', '[abc', '[z-a]', r'[\d-z]', r'[a-\d]',
    '\\', r'\q', r'\1', r'(a)\2', r'(a\1)', r'\8', r'[\8]', r'\777', r'[\777]', r'\x4', r'\x', r'\u12', r'\U0001234',
    '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', '(?P<>x)', '(?P<a', '(?P=a', '(?Px)', '(?<x)',
    '(?<=a+)b', '(?<=a|bc)d', '(?<!a*)b', '(?z)', '(?', '(?#abc', 'a(?i)b', '(?i', '(?-i)', '(?i-i:a)',
    '(?a-a:x)', '(?L)x', '(?au)x', '(?(2)a|b)(c)', '(?(a)x)', '(?(1)a|b|c)', '(?(0)a)', '^*', r'\b+', '$?',
    'x{4294967295}', '(?x)a#comment\n(', 'ab\ncd(',
    '(?<=(a))\\1x', '(?<=(?P<n>a)(?P=n))b',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError', e)

templates = [r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<1a>', r'\q', '\\', r'\400']
p = re.compile(r'(a)(b)')
for t in templates:
    try:
        print(repr(t), repr(p.sub(t, 'ab')))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
print(repr(p.sub(r'\0\07\101', 'ab')))

for call in [lambda: re.match('a', 1), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'),
             lambda: re.compile(1), lambda: re.sub('a', b'x', 'a'), lambda: re.sub('a', lambda m: 1, 'a')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(re.error('plain'), re.error('plain').pos)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
