# IndexError: string index out of range.
s = "héllo"
print(s[1], s[4], s[-5], len(s))
print(s[5])
