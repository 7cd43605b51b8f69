# os.urandom and secrets over the host's entropy source
import os, secrets, random
b = os.urandom(16)
print(type(b), len(b), len(os.urandom(0)))
for bad in ("a", -1, 1.5):
    try:
        os.urandom(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(set(secrets.randbelow(3) for _ in range(300)) == {0, 1, 2})
print(secrets.randbits(0), all(secrets.randbits(5) < 32 for _ in range(100)))
print(secrets.choice("x"), secrets.compare_digest("ab", "ab"), secrets.compare_digest(b"ab", b"ac"))
for f, a in ((secrets.randbelow, 0), (secrets.choice, ""), (secrets.randbits, -1)):
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
print(random.random() != random.random())
