# hmac over hashlib: names, copies, long keys, the one-call digest,
# compare_digest and the argument errors.
import hashlib
import hmac

h = hmac.new(b'key', b'msg', 'sha256')
print(h.name, h.digest_size, h.block_size, h.hexdigest())
h2 = h.copy()
h2.update(b'more')
print(h2.hexdigest(), h.hexdigest()[:8])
print(hmac.digest(b'k', b'm', 'md5').hex(), hmac.new(b'k' * 100, digestmod=hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b'secret'), digestmod=hashlib.sha3_256).hexdigest())
print(hmac.new(b'k', b'x' * 1000, 'sha512').hexdigest())
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'), hmac.compare_digest(b'ab', bytearray(b'a')))
for bad in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'),
            lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é'),
            lambda: hmac.new(b'k', digestmod='nope')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(h).__name__, hmac.HMAC.__module__, hmac.digest_size)
# Many messages: the loop gets hot.
macs = [hmac.new(b'key', str(i).encode(), 'sha1').hexdigest()[:6] for i in range(200)]
print(macs[0], macs[99], macs[199])
