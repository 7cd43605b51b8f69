# ValueError: substring not found from str.index.
s = "hello world"
print(s.index("world"), s.find("xyz"))
print(s.index("xyz"))
