# indexing past the end of a bytes object
b = b"abc"
print(b[2])
print(b[3])
