"""Random numbers and tokens fit for secrets (passwords, keys, session
tokens), drawn from the host's entropy source through os.urandom.

ouro's secrets has no SystemRandom (ouro's random.Random methods draw
from their own generator, not from a subclass's random()); choice,
randbelow and randbits draw as SystemRandom's would.
"""

from base64 import urlsafe_b64encode as _urlsafe_b64encode
from hmac import compare_digest
from os import urandom as _urandom

__all__ = ['choice', 'randbelow', 'randbits', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32  # bytes


def randbits(k):
    """A non-negative int of k random bits."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    nbytes = (k + 7) // 8
    return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of the non-empty sequence seq."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of hex digits, two per byte of randomness."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text, about 1.3 characters per byte."""
    return _urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
