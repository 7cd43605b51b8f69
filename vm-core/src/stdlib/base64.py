"""Base16, Base32 and Base64 encodings of binary data (ouro's base64).

RFC 4648's alphabets, the URL- and filename-safe Base64 variant, and the
MIME line-wrapped forms (encodebytes/decodebytes). Errors in encoded data
raise binascii.Error, a ValueError. The Ascii85/Base85 codecs are not
provided.
"""

from binascii import Error, _to_base64, _from_base64

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    'a85encode', 'a85decode', 'b85encode', 'b85decode',
]


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_VALUES = {}


def _binary(s, who=''):
    # The bytes of a bytes-like argument to an encoder.
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if not isinstance(s, str):
        try:
            return memoryview(s).tobytes()
        except (TypeError, NameError):
            pass
    raise TypeError("%sa bytes-like object is required, not %r"
                    % (who, type(s).__name__))


def _decode_input(s):
    # Decoders take bytes-like objects and ASCII strs.
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except (TypeError, NameError):
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(s).__name__) from None


def _swap(data, old, new):
    # `data` with the two characters `old` replaced by `new`'s.
    table = bytes.maketrans(old, new)
    return data.translate(table)


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like object `s`; `altchars` (two bytes)
    replaces '+' and '/'."""
    encoded = _to_base64(_binary(s))
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        encoded = _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 bytes-like object or ASCII string `s`.

    `altchars` (two characters) stand for '+' and '/'. Without `validate`
    characters outside the alphabet are discarded; with it they raise
    binascii.Error, as does wrong padding.
    """
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return _from_base64(s, validate)


def standard_b64encode(s):
    """Base64-encode `s` with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode `s`, encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode `s` with '-' and '_' in place of '+' and '/'."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode `s`, encoded with the URL- and filename-safe alphabet."""
    s = _decode_input(s)
    return b64decode(_swap(s, b'-_', b'+/'))


def _to_base32(alphabet, s):
    data = _binary(s, 'memoryview: ')
    rest = len(data) % 5
    if rest:
        data += bytes(5 - rest)
    out = bytearray()
    for i in range(0, len(data), 5):
        v = int.from_bytes(data[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(v >> shift) & 31])
    # Padding replaces the digits that only encode the added zero bytes.
    pad = (0, 6, 4, 3, 1)[rest]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _from_base32(alphabet, s, casefold=False, map01=None):
    values = _B32_VALUES.get(alphabet)
    if values is None:
        values = {c: i for i, c in enumerate(alphabet)}
        _B32_VALUES[alphabet] = values
    s = _decode_input(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    out = bytearray()
    v = 0
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            digit = values.get(c)
            if digit is None:
                raise Error('Non-base32 digit found')
            v = (v << 5) + digit
        out += v.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    if pads and out:
        # The last group was short: keep the bytes its digits encode.
        v <<= 5 * pads
        keep = (43 - 5 * pads) // 8
        out[-5:] = v.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes-like object `s`."""
    return _to_base32(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 `s`. `casefold` accepts lowercase digits; `map01`
    (one character) says whether '1' stands for 'I' or 'L', and lets '0'
    stand for 'O'."""
    return _from_base32(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode `s` with the Extended Hex alphabet."""
    return _to_base32(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode `s`, encoded with the Extended Hex Base32 alphabet."""
    return _from_base32(_B32HEX, s, casefold)


def b16encode(s):
    """Base16-encode (uppercase hex) the bytes-like object `s`."""
    return _binary(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 `s`; `casefold` accepts lowercase digits."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


# Base85: each group of four bytes (a big-endian word, the last one padded
# with zeros) is five digits in base 85, most significant first.
_A85START = b'<~'
_A85END = b'~>'
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = None


def _to_base85(data, alphabet, pad, zeros=False, spaces=False):
    padding = -len(data) % 4
    if padding:
        data = data + b'\0' * padding
    out = bytearray()
    last = len(data) - 4
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if zeros and word == 0 and (pad or i != last or not padding):
            out += b'z'
        elif spaces and word == 0x20202020:
            out += b'y'
        else:
            d4 = word % 85
            word //= 85
            d3 = word % 85
            word //= 85
            d2 = word % 85
            word //= 85
            d1 = word % 85
            out += bytes((alphabet[word // 85], alphabet[d1], alphabet[d2],
                          alphabet[d3], alphabet[d4]))
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like object `b`: 'z' for four zero bytes,
    'y' for four spaces with `foldspaces`, lines of `wrapcol` characters,
    `pad` to a multiple of four, `adobe` framing with <~ and ~>."""
    result = _to_base85(_binary(b), bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 `b` (see a85encode); characters in
    `ignorechars` are skipped."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 + group[4]
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode (the git/Mercurial alphabet) the bytes-like object `b`;
    `pad` to a multiple of four bytes first."""
    return _to_base85(_binary(b), _B85, pad)


def b85decode(b):
    """Decode the base85 `b` (see b85encode)."""
    global _B85_VALUES
    if _B85_VALUES is None:
        _B85_VALUES = [None] * 256
        for i, c in enumerate(_B85):
            _B85_VALUES[c] = i
    b = _decode_input(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    values = _B85_VALUES
    for i in range(0, len(b), 5):
        word = 0
        for j in range(i, i + 5):
            v = values[b[j]]
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += word.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# MIME: lines of 76 encoded characters.
_LINE_BYTES = 57


def _mime_input(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except (TypeError, NameError):
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__) from None


def encodebytes(s):
    """Base64-encode `s` into lines of at most 76 characters, each ending
    with a newline."""
    data = _mime_input(s)
    out = []
    for i in range(0, len(data), _LINE_BYTES):
        out.append(_to_base64(data[i:i + _LINE_BYTES]) + b'\n')
    return b''.join(out)


def decodebytes(s):
    """Decode the Base64 lines of `s`."""
    return _from_base64(_mime_input(s), False)


def encode(input, output):
    """Base64-encode the binary file `input` into the file `output`."""
    while True:
        data = input.read(_LINE_BYTES)
        if not data:
            break
        while len(data) < _LINE_BYTES:
            more = input.read(_LINE_BYTES - len(data))
            if not more:
                break
            data += more
        output.write(_to_base64(data) + b'\n')


def decode(input, output):
    """Decode the Base64 lines of the binary file `input` into `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_from_base64(line, False))
