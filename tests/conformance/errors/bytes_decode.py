# decoding invalid UTF-8 raises UnicodeDecodeError
data = b"caf\xc3\xa9"
print(data.decode())
print(b"caf\xe9".decode())
