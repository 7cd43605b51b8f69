# AttributeError: calling a method that str does not have.
s = "hello"
print(s.upper(), s.find("l"))
print(s.push("!"))
