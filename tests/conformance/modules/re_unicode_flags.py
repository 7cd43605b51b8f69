import re

# str patterns are Unicode-aware; ASCII restricts \w \d \s \b and case folding.
for p in [r'\w+', r'\d+', r'\s+', r'\W+', r'\bé', r'(?i)é', r'(?i)[à-ö]+']:
    for flags in (0, re.A):
        try:
            print(repr(p), flags, re.findall(p, 'été ÉTÉ naïve 123 ٤٥ \u00a0\u2003 x_y', flags))
        except re.error as e:
            print('error', e)
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD ß'))
print(re.match(r'(?i)ΣΊΣΥΦΟΣ', 'σίσυφος'))
print(re.findall(r'[^\W\d_]+', 'abc_123 déf'))
print(re.sub(r'(?u)\w', '*', 'aé1'), re.sub(r'(?a)\w', '*', 'aé1'))
print(re.search(r'(?i:A)(?-i:b)', 'xaB ab aB Ab'))
print(re.findall(r'(?s:.)+', 'a\nb'), re.findall(r'.+', 'a\nb'))
print(re.findall(r'(?m:^\w)', 'ab\ncd'), re.findall(r'^\w', 'ab\ncd'))
print(re.findall(r'''(?x)
    (\d+)   # number
    \s*
    ([a-z]+)  # unit
''', '10 km, 5kg'))
print(re.compile(r'(?x) a  b # c', re.I).pattern, re.compile(r'(?x)ab', re.I).flags)
print(re.findall(r'[\u0041-\u0043]', 'ABCD'), re.findall('[\U0001F600-\U0001F64F]', 'hi 😀😃!'))
print(re.match(r'\x41\101\u0041', 'AAA'))
print(re.findall(r'\N', 'a') if False else 'skip')
