import re
p = re.compile(r'\d*')
sc = p.scanner('12a345', 1)
print(sc.pattern is p)
for i in range(5):
    m = sc.search()
    print(m, m and m.pos)
sc = re.compile(r'a|b').scanner('abxa')
print(sc.match(), sc.match(), sc.match(), sc.match())
it = re.compile(r'x*').finditer('axxb', 1)
print(next(it), [m.span() for m in it])
print([m.group() for m in re.finditer(r'\w+', 'hi there you')][:2])
for m in re.finditer(r'(\d)', 'a1b2c3'):
    if m.group(1) == '2':
        break
print(m.start(), m.pos, m.endpos)
