"""Filling and wrapping paragraphs of text (ouro's textwrap).

TextWrapper breaks a text into words and fits them into lines; wrap, fill
and shorten are one-shot forms of it; dedent and indent adjust the leading
whitespace of every line.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters the wrapper treats as spaces (Unicode spaces are words).
_SPACES = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # The regular-expression class \w.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _at(text, i):
    # The character at i, or '' outside the text.
    if 0 <= i < len(text):
        return text[i]
    return ''


def _dashes_then_word(text, i):
    # True when text[i:] is two or more hyphens followed by a word character.
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _breaks_after_hyphen(text, j):
    # text[j] is '-': may a line break after it? Only inside a hyphenated
    # word: two letters (or letter-hyphen-letter) before the hyphen and
    # two letters (maybe around one more hyphen) after it.
    before = ((_is_letter(_at(text, j - 2)) and _is_letter(_at(text, j - 1)))
              or (_is_letter(_at(text, j - 3)) and _at(text, j - 2) == '-'
                  and _is_letter(_at(text, j - 1))))
    if not before or not _is_letter(_at(text, j + 1)):
        return False
    return (_is_letter(_at(text, j + 2))
            or (_at(text, j + 2) == '-' and _is_letter(_at(text, j + 3))))


def _word_end(text, start):
    # Where the word beginning at text[start] (not a space) ends: at a
    # space or the end, after a breakable hyphen, or before an em-dash
    # ("--") that follows word punctuation.
    n = len(text)
    j = start + 1
    while True:
        if j < n and text[j] == '-' and _breaks_after_hyphen(text, j):
            return j + 1
        if j >= n or text[j] in _SPACES:
            return j
        if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
            return j
        j += 1


def _split_hyphenated(text):
    pieces = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _SPACES:
            j = i + 1
            while j < n and text[j] in _SPACES:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            # An em-dash between words is a piece of its own.
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        pieces.append(text[i:j])
        i = j
    return pieces


def _split_simple(text):
    # Runs of spaces and runs of everything else.
    pieces = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _SPACES
        j = i + 1
        while j < n and (text[j] in _SPACES) == space:
            j += 1
        pieces.append(text[i:j])
        i = j
    return pieces


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps text to lines of at most `width` characters.

    The options are attributes, read at each call: width, initial_indent,
    subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _SPACES[:-1]:
                if c in text:
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, chunks, pos, line, line_len, width):
        # chunks[pos] does not fit on an empty line: put what fits of it on
        # `line` (breaking after a hyphen if one is in reach) and leave the
        # rest in chunks[pos]. Returns the new position.
        room = width - line_len if width >= 1 else 1
        word = chunks[pos]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(word) > room:
                h = word.rfind('-', 0, room)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            line.append(word[:cut])
            chunks[pos] = word[cut:]
        elif not line:
            line.append(word)
            pos += 1
        return pos

    def _wrap_chunks(self, chunks):
        width_all = self.width
        if width_all <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width_all)
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > width_all:
                raise ValueError("placeholder too large for max width")
        lines = []
        pos = 0
        n = len(chunks)
        while pos < n:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = width_all - len(prefix)
            if self.drop_whitespace and lines and not chunks[pos].strip():
                pos += 1
                if pos == n:
                    break
            line = []
            line_len = 0
            while pos < n and line_len + len(chunks[pos]) <= width:
                line.append(chunks[pos])
                line_len += len(chunks[pos])
                pos += 1
            if pos < n and len(chunks[pos]) > width:
                pos = self._handle_long_word(chunks, pos, line, line_len, width)
                line_len = 0
                for c in line:
                    line_len += len(c)
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = (pos == n or (self.drop_whitespace and pos == n - 1
                                          and not chunks[pos].strip()))
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (rest_is_blank and line_len <= width)):
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder, dropping
            # words until it fits.
            placeholder = self.placeholder
            while line:
                if line[-1].strip() and line_len + len(placeholder) <= width:
                    lines.append(prefix + ''.join(line) + placeholder)
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                last = lines[-1].rstrip()
                if len(last) + len(placeholder) <= width_all:
                    lines[-1] = last + placeholder
                    return lines
            lines.append(prefix + placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The lines of `text` wrapped, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped into one string, its lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a string of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text` and cut it to fit in `width`,
    ending it with the placeholder when words were dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the leading whitespace every non-blank line has in common.

    Lines of only spaces and tabs become empty; tabs and spaces are not
    equal to each other.
    """
    lines = text.split('\n')
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        for k in range(len(lines)):
            if lines[k].startswith(margin):
                lines[k] = lines[k][cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before the lines of `text` for which `predicate(line)`
    is true (by default, the lines that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
