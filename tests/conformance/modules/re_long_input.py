import re

# Long subjects: the matcher's backtrack stack is on the heap, not the Rust stack.
s = 'ab' * 200000
print(re.match(r'(?:a|b)*c', s))
print(re.match(r'(?:a|b)*', s).end())
print(re.match(r'(ab)*', s).span(1))
print(re.fullmatch(r'(?:ab)+', s) is not None)
print(re.search(r'(a|b)+?$', s).span())
print(len(re.findall(r'ab', s)), len(re.split(r'b', s)))
print(re.match(r'.*(?<=a)b', s).end())
print(re.search(r'x', s + 'x').start())
print(re.match(r'(?:(a)|b)*', s).group(1))
print(len(re.sub(r'a', '', s)))
t = 'x' * 100000 + 'y'
print(re.match(r'(x+x+)+y', t).end())
print(re.match(r'(?:x{1,3})*y', t).end())
print(re.search(r'(\w)\1{3}', 'abcdeeeefg').group())
print(re.match(r'(?:a{2}){3,5}', 'a' * 11).end())
print(re.match(r'(?:a|bc){1000}', 'a' * 1000).end())
print(re.match(r'a{1000,}', 'a' * 5000).end())
u = 'é' * 50000 + 'ü'
print(re.search(r'ü', u).span(), re.match(r'é*', u).end(), re.search(r'(?<=é)ü', u).start())
