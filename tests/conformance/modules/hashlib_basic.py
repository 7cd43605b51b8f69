# hashlib: every algorithm ouro has, copies, PBKDF2, file_digest, buffers and errors
# (blake2b/blake2s are not in ouro: left out of the loop).
import hashlib, io
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest())
for n in sorted(hashlib.algorithms_guaranteed - {"blake2b", "blake2s"}):
    h = hashlib.new(n, b'hello world')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(10) if n.startswith('shake') else h.hexdigest())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); c.update(bytearray(b'b'))
print(h.hexdigest(), c.hexdigest(), len(c.digest()), type(c).__name__, type(c).__module__)
print(repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))
print(hashlib.new('SHA-256', b'x').hexdigest() == hashlib.sha256(b'x').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl' * 40, 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'k' * 100, b's', 2, 7).hex())
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(hashlib.md5(memoryview(b'xyz')).hexdigest())
print(hashlib.sha256(b'a' * 1000000).hexdigest())
for bad in [lambda: hashlib.md5('s'), lambda: hashlib.md5(1), lambda: hashlib.sha1().update('x'),
            lambda: hashlib.new('foo'), lambda: hashlib.new(b'md5'), lambda: hashlib.pbkdf2_hmac('sha1', 'p', b's', 1),
            lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 0), lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 1, 0),
            lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 1.5), lambda: hashlib.pbkdf2_hmac('nope', b'p', b's', 1),
            lambda: hashlib.pbkdf2_hmac('shake_128', b'p', b's', 1), lambda: hashlib.shake_128(b'a').hexdigest(-1),
            lambda: hashlib.new('md5', 'x'), lambda: hashlib.sha256().__setattr__('name', 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed - {"blake2b", "blake2s"}))

# A hot update loop (traces form around the calls).
h = hashlib.md5()
for i in range(300):
    h.update(str(i).encode())
    if i % 100 == 0:
        print(i, h.copy().hexdigest())
print(h.hexdigest())
