"""A tolerant HTML tokenizer, written for ouro: `HTMLParser`.

Text fed in is split into start tags, end tags, data, comments,
declarations and processing instructions, each reported to a `handle_*`
method that subclasses override. Input that ends in the middle of a
construct stays buffered until more arrives or `close()` is called.
The markup-base helpers (line tracking, comments, marked sections) live
in this module instead of a separate `_markupbase`.
"""

import re

from html import unescape

__all__ = ["HTMLParser"]

# What interrupts plain text outside raw-text elements.
_interesting = re.compile("[&<]")
_incomplete_ref = re.compile("&[a-zA-Z#]")
_named_ref = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_numeric_ref = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_tag_open = re.compile("<[a-zA-Z]")
_pi_end = re.compile(">")
_comment_end = re.compile(r"--\s*>")
_marked_end = re.compile(r"]\s*]\s*>")
_ms_marked_end = re.compile(r"]\s*>")
_decl_name = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_ref_tail = re.compile(r"[\s;]")

# A tag name, then the separators that may follow it.
_tag_name = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
# One attribute: its name, then optionally `=` and a value.
_attribute = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)
# The longest prefix of a start tag: name, then attributes.
_start_tag_body = re.compile(
    r"<[a-zA-Z][^\t\n\r\f />\x00]*"
    r"(?:[\s/]*"
    r"(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)\s*)?"
    r"(?:\s|/(?!>))*"
    r")*"
    r")?"
    r"\s*"
)
_end_tag = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ParserBase:
    """Position tracking and the SGML constructs HTMLParser shares."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """The current (line number, offset) pair."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Move the position over rawdata[i:j] and return j.
        if i >= j:
            return j
        raw = self.rawdata
        lines = raw.count("\n", i, j)
        if lines:
            self.lineno += lines
            self.offset = j - (raw.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        m = _comment_end.search(raw, i + 4)
        if m is None:
            return -1
        if report:
            self.handle_comment(raw[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 3] != "<![":
            raise AssertionError("unexpected call to parse_marked_section()")
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            m = _marked_end.search(raw, i + 3)
        elif name in ("if", "else", "endif"):
            m = _ms_marked_end.search(raw, i + 3)
        else:
            raise AssertionError("unknown status keyword %r in marked section" % raw[i + 3:j])
        if m is None:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstartpos):
        raw = self.rawdata
        n = len(raw)
        if i == n:
            return None, -1
        m = _decl_name.match(raw, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % raw[declstartpos:declstartpos + 20])
        text = m.group()
        if i + len(text) == n:
            return None, -1
        return text.strip().lower(), m.end()

    def unknown_decl(self, data):
        pass


class HTMLParser(ParserBase):
    """Find tags and other markup and call handler methods.

    Feed text with feed() as often as needed and finish with close().
    With convert_charrefs true (the default) character references in
    text are replaced before handle_data sees it; otherwise they go to
    handle_entityref and handle_charref.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all state, including unprocessed input."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _interesting
        self.cdata_elem = None
        ParserBase.reset(self)

    def feed(self, data):
        """Add text to the input and process as much as is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process everything still buffered, as if at end of input."""
        self.goahead(1)

    _HTMLParser__starttag_text = None

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting
        self.cdata_elem = None

    def _text(self, chunk):
        # Report plain text, resolving references when asked to.
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(chunk))
        else:
            self.handle_data(chunk)

    def goahead(self, end):
        # Consume as much of rawdata as can be handled; with `end` true,
        # treat the buffer as the whole remaining input.
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find("<", i)
                if j < 0:
                    # A reference may be cut off at the end of the text:
                    # hold back if an `&` near the end is not yet closed.
                    amp = raw.rfind("&", max(i, n - 34))
                    if amp >= 0 and _ref_tail.search(raw, amp) is None:
                        break
                    j = n
            else:
                m = self.interesting.search(raw, i)
                if m is not None:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                if _tag_open.match(raw, i):
                    k = self.parse_starttag(i)
                elif raw.startswith("</", i):
                    k = self.parse_endtag(i)
                elif raw.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif raw.startswith("<?", i):
                    k = self.parse_pi(i)
                elif raw.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end of input an unfinished construct is text
                    # up to the next `>` (or `<`).
                    k = raw.find(">", i + 1)
                    if k < 0:
                        k = raw.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                m = _numeric_ref.match(raw, i)
                if m is not None:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                m = _named_ref.match(raw, i)
                if m is not None:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _incomplete_ref.match(raw, i)
                if m is not None:
                    if end and m.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if raw[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == "<!doctype":
            gt = raw.find(">", i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        m = _pi_end.search(raw, i + 2)
        if m is None:
            return -1
        self.handle_pi(raw[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self._HTMLParser__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._HTMLParser__starttag_text = raw[i:stop]
        m = _tag_name.match(raw, i + 1)
        k = m.end()
        tag = m.group(1).lower()
        self.lasttag = tag
        attrs = []
        while k < stop:
            m = _attribute.match(raw, k)
            if m is None:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] in ("'", '"') and value[-1:] == value[:1]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = raw[k:stop].strip()
        if tail not in (">", "/>"):
            self.handle_data(raw[i:stop])
            return stop
        if tail.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        # Where the start tag at i ends, or -1 when more input is needed.
        raw = self.rawdata
        m = _start_tag_body.match(raw, i)
        if m is None:
            raise AssertionError("we should not get here!")
        j = m.end()
        nxt = raw[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if nxt == "" or nxt in _LETTERS or nxt in "=/":
            return -1
        if j > i:
            return j
        return i + 1

    def parse_endtag(self, i):
        raw = self.rawdata
        m = _pi_end.search(raw, i + 1)
        if m is None:
            return -1
        gt = m.end()
        m = _end_tag.match(raw, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gt])
                return gt
            name = _tag_name.match(raw, i + 2)
            if name is None:
                if raw[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group(1).lower()
            gt = raw.find(">", name.end())
            self.handle_endtag(tag)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # The handlers: subclasses override the ones they need.

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag `<tag/>`: start then end by default."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
