import re
# Subjects of other types: str subclasses, bytearray (groups come back as bytes).
class S(str): pass
s = S('hello world')
print(re.findall(r'\w+', s), re.match(r'h', s), re.sub('o', '0', s), re.split(' ', s))
print(re.search(rb'l+', bytearray(b'hello')).group())
print(re.compile(S('a+')).match('aa'))
ba = bytearray(b'a1b22')
m = re.search(rb'(\d+)', ba)
print(m, m.groups(), m.string, m.expand(rb'<\1>'), re.findall(rb'\d', ba), re.sub(rb'\d', b'#', ba), re.split(rb'\d+', ba))
print(re.sub(rb'\d', lambda m: m.group() * 2, ba), re.subn(rb'x', b'', ba))
print(re.match('h', S('hi')).string.__class__.__name__, type(re.match('h', S('hi')).group()).__name__)
