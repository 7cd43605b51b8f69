"""Conversions between binary data and ASCII text (ouro's binascii):
hexadecimal (hexlify, unhexlify, b2a_hex, a2b_hex), Base64 (b2a_base64,
a2b_base64), and the CRC-32 and CRC-CCITT checksums (crc32, crc_hqx).

Written in Python over bytes; the base64 module's Base64 codec is the one
here. The uuencode and quoted-printable codecs (a2b_uu, b2a_uu, a2b_qp,
b2a_qp) are not provided.
"""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    """Malformed encoded data."""


class Incomplete(Exception):
    """Encoded data that ends too early."""


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _buffer(data):
    # The bytes of a bytes-like argument (str refused).
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except (TypeError, NameError):
            pass
    raise TypeError('a bytes-like object is required, not %r' % type(data).__name__)


def _ascii_input(data):
    # The decoders' argument: a bytes-like object or an ASCII str.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except (TypeError, NameError):
        raise TypeError('argument should be bytes, buffer or ASCII string, not %r'
                        % type(data).__name__) from None


def _to_base64(data):
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63],
                      _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63],
                      _B64[(v >> 6) & 63])) + b'='
    return bytes(out)


def _from_base64(data, strict):
    # Decodes Base64 text. Lax: characters outside the alphabet are
    # skipped and decoding stops at the padding that ends a group. Strict:
    # only alphabet characters and well-placed padding.
    if strict and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    group = 0       # digits of the current four-digit group seen
    acc = 0
    pads = 0
    padded = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padded = True
            if group >= 2:
                pads += 1
                if group + pads >= 4:
                    if strict and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padded:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if group == 0:
            acc = v
            group = 1
        elif group == 1:
            out.append(((acc << 2) | (v >> 4)) & 255)
            acc = v & 15
            group = 2
        elif group == 2:
            out.append(((acc << 4) | (v >> 2)) & 255)
            acc = v & 3
            group = 3
        else:
            out.append(((acc << 6) | v) & 255)
            group = 0
    if group == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    '(%d) cannot be 1 more than a multiple of 4'
                    % (len(out) // 3 * 4 + 1))
    if group:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data's bytes, as bytes. A separator `sep`
    (one ASCII character, str or bytes) goes between groups of
    `bytes_per_sep` bytes, counted from the right (from the left when
    negative)."""
    digits = _buffer(data).hex()
    if sep is None and bytes_per_sep == 1:
        return digits.encode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, str):
        # (CPython takes any one-byte character here, as bytes.hex does not.)
        if ord(sep) > 255:
            raise ValueError('sep must be ASCII.')
    else:
        sep = bytes(sep).decode('latin-1')
    n = len(digits) // 2
    step = abs(bytes_per_sep)
    if step == 0 or step >= n:
        return digits.encode('ascii')
    if bytes_per_sep > 0:
        cuts = list(range(n % step or step, n, step))
    else:
        cuts = list(range(step, n, step))
    parts = []
    last = 0
    for cut in cuts:
        parts.append(digits[2 * last:2 * cut])
        last = cut
    parts.append(digits[2 * last:])
    return sep.join(parts).encode('latin-1')


def hexlify(data, sep=None, bytes_per_sep=1):
    """The same as b2a_hex."""
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr):
    """The bytes an even number of hexadecimal digits (bytes or an ASCII
    str) spell."""
    s = _ascii_input(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


def unhexlify(hexstr):
    """The same as a2b_hex."""
    return a2b_hex(hexstr)


def b2a_base64(data, *, newline=True):
    """data Base64-encoded, followed by a newline unless newline is
    false."""
    encoded = _to_base64(_buffer(data))
    return encoded + b'\n' if newline else encoded


def a2b_base64(data, *, strict_mode=False):
    """The bytes the Base64 text data encodes. Characters outside the
    alphabet are skipped unless strict_mode is true, which also refuses
    padding out of place."""
    return _from_base64(_ascii_input(data), strict_mode)


def _crc_table(poly, reflected):
    table = []
    for byte in range(256):
        if reflected:
            v = byte
            for _ in range(8):
                v = (v >> 1) ^ poly if v & 1 else v >> 1
        else:
            v = byte << 8
            for _ in range(8):
                v = ((v << 1) ^ poly if v & 0x8000 else v << 1) & 0xffff
        table.append(v)
    return table


_CRC32_TABLE = None
_CRC_HQX_TABLE = None


def crc32(data, crc=0):
    """The CRC-32 of data (as zlib computes it), continuing from crc."""
    global _CRC32_TABLE
    table = _CRC32_TABLE
    if table is None:
        table = _CRC32_TABLE = _crc_table(0xedb88320, True)
    data = _buffer(data)
    v = ~crc & 0xffffffff
    for b in data:
        v = table[(v ^ b) & 0xff] ^ (v >> 8)
    return ~v & 0xffffffff


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XMODEM, polynomial 0x1021) of data, starting from
    crc's low 16 bits."""
    global _CRC_HQX_TABLE
    table = _CRC_HQX_TABLE
    if table is None:
        table = _CRC_HQX_TABLE = _crc_table(0x1021, False)
    data = _buffer(data)
    v = crc & 0xffff
    for b in data:
        v = ((v << 8) & 0xff00) ^ table[(v >> 8) ^ b]
    return v
