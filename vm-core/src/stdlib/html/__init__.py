"""HTML text helpers: escape and unescape."""

from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > replaced by HTML-safe references, and with
    quote, the double and single quote characters too."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references that HTML5 maps to another character (the
# windows-1252 reading of 0x80-0x9F, where it assigns one).
_REMAPPED = {0x00: "\ufffd", 0x0d: "\r"}
for _n, _c in zip(range(0x80, 0xa0),
                  "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                  "\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c"
                  "\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153"
                  "\x9d\u017e\u0178"):
    _REMAPPED[_n] = _c
del _n, _c


def _dropped(n):
    # Code points a numeric reference yields nothing for: most controls
    # and the noncharacters.
    return (0x01 <= n <= 0x08 or n == 0x0b or 0x0e <= n <= 0x1f
            or 0x7f <= n <= 0x9f or 0xfdd0 <= n <= 0xfdef
            or n & 0xfffe == 0xfffe)


_HEX = "0123456789abcdefABCDEF"
_NAME_STOP = "\t\n\f <&#;"


def _numeric(s, i):
    # A numeric reference after the "&#" at i-2: (its text, its end), or
    # None if there is none.
    n = len(s)
    if i < n and s[i] in "xX":
        j = i + 1
        while j < n and s[j] in _HEX:
            j += 1
        if j == i + 1:
            return None
        num = int(s[i + 1:j], 16)
    else:
        j = i
        while j < n and "0" <= s[j] <= "9":
            j += 1
        if j == i:
            return None
        num = int(s[i:j])
    if j < n and s[j] == ";":
        j += 1
    if num in _REMAPPED:
        return _REMAPPED[num], j
    if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
        return "\ufffd", j
    if _dropped(num):
        return "", j
    return chr(num), j


def _named(s, i):
    # A named reference after the "&" at i-1: (its text, its end), or
    # None if no name follows.
    n = len(s)
    j = i
    while j < n and j - i < 32 and s[j] not in _NAME_STOP:
        j += 1
    if j == i:
        return None
    if j < n and s[j] == ";":
        j += 1
    name = s[i:j]
    if name in _html5:
        return _html5[name], j
    # The longest known prefix (HTML5 allows some names without ';').
    for k in range(len(name) - 1, 1, -1):
        if name[:k] in _html5:
            return _html5[name[:k]] + name[k:], j
    return "&" + name, j


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;,
    &#x3e;) replaced by its character, following HTML5's rules."""
    if "&" not in s:
        return s
    parts = []
    start = 0
    at = s.find("&")
    while at >= 0:
        if at + 1 < len(s) and s[at + 1] == "#":
            found = _numeric(s, at + 2)
        else:
            found = _named(s, at + 1)
        if found is None:
            at = s.find("&", at + 1)
            continue
        parts.append(s[start:at])
        parts.append(found[0])
        start = found[1]
        at = s.find("&", start)
    parts.append(s[start:])
    return "".join(parts)
