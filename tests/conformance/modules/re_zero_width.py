import re

cases = [r'', r'a*', r'a?', r'x*', r'\b', r'\B', r'^', r'$', r'(?=a)', r'(?!a)', r'a|', r'|a', r'(a)|', r'a*?', r'(?<=a)', r'(?m)^', r'(?m)$', r'\s*']
texts = ['', 'a', 'aa', 'baab', 'a b', 'a\nb\n', 'xax']
for p in cases:
    for t in texts:
        print(repr(p), repr(t), re.findall(p, t), re.sub(p, '-', t), re.split(p, t),
              [m.span() for m in re.finditer(p, t)], re.subn(p, '<\\g<0>>', t)[1])
print(re.sub(r'(?<=a)', '|', 'aXaaY'))
print(re.split(r'(?<=[.!?]) ', 'One. Two! Three? Four'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'))
print(re.sub(r'(?=\d{3}(?!\d))', ',', '1234567'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567890'))
print(re.findall(r'(?<=\b)\w', 'hello big world'))
print(re.sub('', '-', 'ab', count=2))
print(re.split('x*', 'axxb', maxsplit=1))
print(re.sub(r'a|(?=b)', '!', 'abab'))
print(re.findall(r'\w*', 'ab cd'))
print(re.findall(r'(\w*)(\s*)', 'ab cd'))
