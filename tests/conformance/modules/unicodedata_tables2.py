# unicodedata: checksums of decomposition, the numeric values and normalization over the code space.
import unicodedata


def runs(f):
    # The runs of equal values: their count, the distinct values, a hash of both.
    seen = {}
    h = 0
    n = 0
    prev = None
    for r in (range(0, 0xd800), range(0xe000, 0x110000)):
        for cp in r:
            v = f(chr(cp))
            if v != prev:
                prev = v
                i = seen.setdefault(v, len(seen))
                h = (h * 1000003 + cp * 4096 + i) % 2305843009213693951
                n += 1
    return n, len(seen), h


def numbers(c):
    # A character without a numeric value has no digit or decimal value either.
    v = unicodedata.numeric(c, None)
    if v is None:
        return None
    return v, unicodedata.digit(c, None), unicodedata.decimal(c, None)


print('decomposition', runs(unicodedata.decomposition))
print('numbers', runs(numbers))

# The numeric values themselves.
values = sorted(set(unicodedata.numeric(chr(cp), None) for cp in range(0x20000) if 0xd800 > cp or cp >= 0xe000) - {None})
print(len(values), values[:8], values[-4:])
total = 0.0
for v in values:
    total += v
print(total)

# Each form of the code space in blocks of 256 characters (neighbours may
# compose), hashed through their UTF-8 bytes.
P = 2305843009213693951
blocks = [''.join(map(chr, range(start, start + 256))) for start in range(0, 0x110000, 256)
          if not 0xd800 <= start < 0xe000]
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = 0
    h = 0
    for block in blocks:
        s = unicodedata.normalize(form, block)
        if s != block:
            n += 1
            h = (h * 1000003 + int.from_bytes(s.encode(), 'little') % P) % P
    print(form, n, h)
