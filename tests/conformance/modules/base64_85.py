import base64, random
random.seed(7)
cases = [b'', b'\0', b'\0\0\0\0', b'\0\0\0\0\0', b'    ', b'   ', b'hello world', bytes(range(256)), b'\xff' * 9]
cases += [random.randbytes(random.randrange(0, 40)) for _ in range(200)]
for data in cases:
    outs = [base64.b85encode(data), base64.b85encode(data, pad=True), base64.a85encode(data),
            base64.a85encode(data, pad=True), base64.a85encode(data, foldspaces=True),
            base64.a85encode(data, adobe=True), base64.a85encode(data, wrapcol=7, adobe=True),
            base64.a85encode(data, wrapcol=5)]
    back = [base64.b85decode(outs[0]), base64.a85decode(outs[2]), base64.a85decode(outs[4], foldspaces=True),
            base64.a85decode(outs[5], adobe=True), base64.a85decode(outs[6], adobe=True), base64.a85decode(outs[7])]
    print(outs, [x == data for x in back], base64.b85decode(outs[1])[:len(data)] == data)
for bad in (b'|NsC', b'~~~~~', b'ab"cd'):
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(e)
for bad, kw in ((b'az', {}), (b'sssss', {}), (b'abc', {'adobe': True}), (b'a{b', {}), (b'ay', {'foldspaces': True})):
    try:
        print(base64.a85decode(bad, **kw))
    except ValueError as e:
        print(e)
print(base64.a85decode('<~87cURD]i,"Ebo80~>', adobe=True), base64.a85decode(b'87cU RD]i\n,"Ebo80'))
