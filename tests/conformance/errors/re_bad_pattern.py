import re
print(re.match(r'(\d+)', '42').group(1))
try:
    re.compile('[a-')
except re.error as e:
    print('caught:', e.msg, e.pos)
re.compile('a(b(c)')
