# unicodedata: checksums of the character properties over the whole code space (surrogates aside).
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


for f in (unicodedata.category, unicodedata.bidirectional, unicodedata.combining,
          unicodedata.east_asian_width, unicodedata.mirrored):
    print(f.__name__, runs(f))
