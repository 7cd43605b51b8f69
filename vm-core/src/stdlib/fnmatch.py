"""Shell-style wildcard matching of file names: * (any text), ? (one
character), [seq] and [!seq] (one character in, or not in, seq).

ouro's fnmatch matches as CPython's; translate's text is a plainer
regular expression than CPython 3.11's for patterns with several stars
(same matches).
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _compile(pat):
    regex = _compiled.get(pat)
    if regex is None:
        if len(_compiled) >= 32768:
            _compiled.clear()
        regex = _compiled[pat] = re.compile(translate(pat)).match
    return regex


def fnmatch(name, pat):
    """True if name matches the pattern pat (after os.path.normcase)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """True if name matches pat, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names of the list names that match pat."""
    match = _compile(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def translate(pat):
    """A regular expression that matches what the shell pattern pat does."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            stuff = _set_body(pat, i, j)
            i = j + 1
            if not stuff:
                out.append("(?!)")
            elif stuff == "!":
                out.append(".")
            else:
                if stuff[0] == "!":
                    stuff = "^" + stuff[1:]
                elif stuff[0] in ("^", "["):
                    stuff = "\\" + stuff
                stuff = re.sub(r"([&~|])", r"\\\1", stuff)
                out.append("[" + stuff + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


def _set_body(pat, start, end):
    # The regex text of the set pat[start:end] (between its brackets):
    # backslashes escaped; with ranges, a hyphen that makes one kept and
    # the others escaped, and a range whose ends are reversed dropped
    # (empty: invalid in a regex).
    stuff = pat[start:end]
    if "-" not in stuff:
        return stuff.replace("\\", "\\\\")
    chunks = []
    k = start + 2 if pat[start] == "!" else start + 1
    while True:
        k = pat.find("-", k, end)
        if k < 0:
            break
        chunks.append(pat[start:k])
        start = k + 1
        k += 3
    last = pat[start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += "-"
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks)
