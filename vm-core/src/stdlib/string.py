"""Character-class string constants and capwords, for ouro (Template and
Formatter are not provided yet)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]

# ASCII character classes. printable is every class below in this order:
# digits, letters, punctuation, whitespace.
whitespace = ' \t\n\r\v\f'
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = ''.join([chr(c) for c in range(ord('a'), ord('z') + 1)])
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ''.join([ascii_lowercase, ascii_uppercase])
hexdigits = ''.join([digits, ascii_lowercase[:6], ascii_uppercase[:6]])
punctuation = ''.join([chr(c) for c in range(33, 127) if not chr(c).isalnum()])
printable = ''.join([digits, ascii_letters, punctuation, whitespace])


def capwords(s, sep=None):
    """Capitalize each word of s; words are split by sep (by runs of
    whitespace when None) and joined again by sep (a space when None)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (' ' if sep is None else sep).join(words)
