"""The ElementTree XML API: Element trees in memory, a parser that builds
them (written in Python: no expat), the path language of the find
methods and a serializer. Names, signatures, messages and output follow
CPython 3.11 (its C-accelerated classes where they differ)."""

import sys
import io
from xml.etree import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised for malformed XML; `code` is the error number expat would
    give and `position` the (line, column) of the error."""


def iselement(element):
    """Whether element looks like an Element (has a tag)."""
    return hasattr(element, "tag")


def _type_error(func, argno, want, got):
    if argno:
        where = "%s() argument %d" % (func, argno)
    else:
        where = "%s() argument" % func
    got = "None" if got is None else type(got).__name__
    return TypeError("%s must be %s, not %s" % (where, want, got))


_ELEMENT = "xml.etree.ElementTree.Element"


class Element:
    """An XML element: a tag, a dict of attributes, text before the first
    child, tail text after its end tag, and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise _type_error("Element", 2, "dict", attrib)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of this element's class (not added to it)."""
        if not isinstance(attrib, dict):
            raise _type_error("makeelement", 2, "dict", attrib)
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children = [deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def _check_index(self, index):
        try:
            self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _check_element(e)
        else:
            self._check_index(index)
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"' % type(element).__name__)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        """Adds subelement at the end of the children."""
        if not isinstance(subelement, Element):
            raise _type_error("append", 0, _ELEMENT, subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Adds each element of an iterable at the end of the children."""
        elements = list(elements)
        for e in elements:
            _check_element(e)
        self._children.extend(elements)

    def insert(self, index, subelement):
        """Inserts subelement before position index."""
        if not isinstance(subelement, Element):
            raise _type_error("insert", 2, _ELEMENT, subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Removes the first child that is subelement (by identity or
        equality); ValueError when there is none."""
        if not isinstance(subelement, Element):
            raise _type_error("remove", 0, _ELEMENT, subelement)
        children = self._children
        for i in range(len(children)):
            if children[i] is subelement:
                del children[i]
                return
        children.remove(subelement)

    def find(self, path, namespaces=None):
        """The first matching subelement (path: see ElementPath), or None."""
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first matching subelement ("" if it has none),
        or default when nothing matches."""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """A list of the matching subelements, in document order."""
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """An iterator over the matching subelements."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Removes the children and attributes; text and tail become None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        """The value of attribute key, or default."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Sets attribute key to value."""
        self.attrib[key] = value

    def keys(self):
        """The attribute names."""
        return self.attrib.keys()

    def items(self):
        """The attributes as (name, value) pairs."""
        return self.attrib.items()

    def iter(self, tag=None):
        """This element and its descendants in document order, only those
        with the given tag unless tag is None or "*"."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        if not self._children:
            return
        stack = [iter(self._children)]
        while stack:
            for e in stack[-1]:
                if tag is None or e.tag == tag:
                    yield e
                if e._children:
                    stack.append(iter(e._children))
                    break
            else:
                stack.pop()

    def itertext(self):
        """The text of this element and its descendants, in order (tails
        included, this element's own tail excepted)."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self._children:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def _check_element(e):
    if not isinstance(e, Element):
        raise TypeError('expected an Element, not "%s"' % type(e).__name__)


def SubElement(parent, tag, attrib={}, **extra):
    """A new element made by parent.makeelement and appended to parent."""
    if not isinstance(parent, Element):
        raise _type_error("SubElement", 1, _ELEMENT, parent)
    if not isinstance(attrib, dict):
        raise _type_error("SubElement", 3, "dict", attrib)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (its tag is this function)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing-instruction element (its tag is this function; its
    text the target, then a space and text if given)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, "{uri}local", usable as a tag, attribute name
    or value; serialized with a namespace prefix."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other(other)

    def __ne__(self, other):
        return self.text != self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __le__(self, other):
        return self.text <= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)


class ElementTree:
    """A whole document: a root element, with parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """The root element."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Reads a document from a file name or a binary file object into
        this tree and returns its root."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        """Iterates over the whole tree (see Element.iter)."""
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """Element.find on the root (a leading "/" is read as "./")."""
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Element.findtext on the root."""
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Element.findall on the root."""
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Element.iterfind on the root."""
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Writes the tree to a file name or file object: text for
        encoding "unicode", else bytes in that encoding (default
        us-ascii), characters it lacks as character references."""
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        unicode = encoding.lower() == "unicode"
        if unicode:
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
        else:
            declared = encoding
            codec = _codec(encoding)
        parts = []
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not unicode
                and declared.lower() not in ("utf-8", "us-ascii"))):
            parts.append("<?xml version='1.0' encoding='%s'?>\n" % declared)
        _serialize(parts, self._root, method, default_namespace, short_empty_elements)
        out = "".join(parts)
        if not unicode:
            out = _encode(out, codec)
        write = getattr(file_or_filename, "write", None)
        if write is not None:
            write(out)
        elif unicode:
            with open(file_or_filename, "w", encoding="utf-8") as f:
                f.write(out)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(out)

    def write_c14n(self, file):
        raise NotImplementedError("canonical XML output is not supported")


# --------------------------------------------------------------------
# Serialization

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Makes the serializer write names in namespace uri with prefix."""
    if prefix[:2] == "ns" and prefix[2:].isdigit() and prefix[2:].isascii():
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    return TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        raise _cannot_serialize(text) from None


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        raise _cannot_serialize(text) from None


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        return text
    except (TypeError, AttributeError):
        raise _cannot_serialize(text) from None


def _qualified_names(elem, default_namespace):
    # The name each tag and attribute name is written as, and the
    # namespaces (uri -> prefix) the root has to declare.
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(name):
        try:
            if name[:1] == "{":
                uri, local = name[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[name] = "%s:%s" % (prefix, local)
                else:
                    qnames[name] = local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[name] = name
        except TypeError:
            raise _cannot_serialize(name) from None

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise _cannot_serialize(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _write_namespaces(w, namespaces):
    for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
        if prefix:
            prefix = ":" + prefix
        w(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))


def _write_xml(w, elem, qnames, namespaces, short):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        w("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        w("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                w(_escape_cdata(text))
            for e in elem:
                _write_xml(w, e, qnames, None, short)
        else:
            w("<" + tag)
            if namespaces:
                _write_namespaces(w, namespaces)
            attrib = elem.attrib
            if attrib:
                for k, v in list(elem.items()):
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    w(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short:
                w(">")
                if text:
                    w(_escape_cdata(text))
                for e in elem:
                    _write_xml(w, e, qnames, None, short)
                w("</" + tag + ">")
            else:
                w(" />")
    if elem.tail:
        w(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _write_html(w, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        w("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        w("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                w(_escape_cdata(text))
            for e in elem:
                _write_html(w, e, qnames, None)
        else:
            w("<" + tag)
            if namespaces:
                _write_namespaces(w, namespaces)
            for k, v in list(elem.items()):
                if isinstance(k, QName):
                    k = k.text
                if isinstance(v, QName):
                    v = qnames[v.text]
                else:
                    v = _escape_attrib_html(v)
                w(' %s="%s"' % (qnames[k], v))
            w(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    w(text)
                else:
                    w(_escape_cdata(text))
            for e in elem:
                _write_html(w, e, qnames, None)
            if ltag not in HTML_EMPTY:
                w("</" + tag + ">")
    if elem.tail:
        w(_escape_cdata(elem.tail))


def _serialize(parts, elem, method, default_namespace, short):
    w = parts.append
    if method == "text":
        for t in elem.itertext():
            w(t)
        if elem.tail:
            w(elem.tail)
        return
    qnames, namespaces = _qualified_names(elem, default_namespace)
    if method == "html":
        _write_html(w, elem, qnames, namespaces)
    else:
        _write_xml(w, elem, qnames, namespaces, short)


def _codec(encoding):
    # The normalized name of an output encoding (LookupError if unknown).
    name = encoding.lower().replace("_", "-")
    if name in ("utf-8", "utf8", "u8", "utf"):
        return "utf-8"
    if name in ("us-ascii", "ascii", "646", "us"):
        return "ascii"
    if name in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819"):
        return "latin-1"
    try:
        "".encode(encoding)
    except LookupError:
        raise LookupError("unknown encoding: %s" % encoding) from None
    return encoding


def _encode(text, codec):
    # text in codec, characters it cannot hold as &#N; references.
    if codec == "utf-8" or text.isascii():
        return text.encode(codec)
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        pass
    out = []
    for c in text:
        try:
            out.append(c.encode(codec))
        except UnicodeEncodeError:
            out.append(("&#%d;" % ord(c)).encode("ascii"))
    return b"".join(out)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element serialized: a str for encoding "unicode", else bytes
    (us-ascii by default)."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring's result as a list of pieces."""
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Writes an element or tree to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Adds whitespace text and tails so that each child sits on its own
    line, indented by space per level (in place)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % level)
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def prefix(depth):
        while len(prefixes) <= depth:
            prefixes.append(prefixes[-1] + space)
        return prefixes[depth]

    def walk(elem, depth):
        inner = prefix(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefix(depth)

    walk(tree, 0)


# --------------------------------------------------------------------
# Parsing

class TreeBuilder:
    """A parser target that builds an element tree: start, end, data,
    comment and pi calls in, the root out of close()."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = Element if element_factory is None else element_factory
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = PI if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        """The root element (None if none was started)."""
        self._flush()
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Adds text to the current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Opens a new element and returns it."""
        if self._data:
            self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = False
        return elem

    def end(self, tag):
        """Closes the current element and returns it."""
        if self._data:
            self._flush()
        self._last = self._elem.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        """Makes a comment element (inserted if insert_comments)."""
        return self._single(self._comment_factory, self.insert_comments, (text,))

    def pi(self, target, text=None):
        """Makes a processing-instruction element (inserted if
        insert_pis)."""
        return self._single(self._pi_factory, self.insert_pis, (target, text))

    def _single(self, factory, insert, args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = True
        return elem


_XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_WS = " \t\n\r"
_NAME_PUNCT = "-._"


def _name_start(c):
    return c.isalpha() or c == "_" or ord(c) > 127


def _bad_name_at(name):
    # The index of the first character that cannot be in a namespace-aware
    # XML name where it stands (len(name) when it ends in a colon), or -1.
    if not name or not _name_start(name[0]):
        return 0
    colon = False
    for i in range(1, len(name)):
        c = name[i]
        if c == ":":
            if colon:
                return i
            if i + 1 >= len(name) or not _name_start(name[i + 1]):
                return i + 1
            colon = True
        elif not (c.isalnum() or c in _NAME_PUNCT or ord(c) > 127):
            return i
    return -1


def _valid_char(n):
    return (n == 9 or n == 10 or n == 13 or 0x20 <= n <= 0xd7ff
            or 0xe000 <= n <= 0xfffd or 0x10000 <= n <= 0x10ffff)


def _utf8_complete(raw):
    # How many leading bytes of raw are whole UTF-8 sequences (the rest,
    # at most 3 bytes, waits for more data).
    n = len(raw)
    i = n - 1
    stop = max(n - 4, -1)
    while i > stop:
        b = raw[i]
        if b < 0x80:
            return n
        if b >= 0xc0:
            need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
            return n if n - i >= need else i
        i -= 1
    return n


class XMLParser:
    """A non-validating XML parser with namespace processing. feed()
    text or bytes, then close(); it calls the target's start(tag,
    attrib), end(tag), data(text), comment(text), pi(target, data),
    start_ns(prefix, uri), end_ns(prefix) and close() where present
    (the default target is a TreeBuilder)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._encoding = encoding
        self._t_start = getattr(target, "start", None)
        self._t_end = getattr(target, "end", None)
        self._t_data = getattr(target, "data", None)
        self._t_comment = getattr(target, "comment", None)
        self._t_pi = getattr(target, "pi", None)
        self._t_start_ns = getattr(target, "start_ns", None)
        self._t_end_ns = getattr(target, "end_ns", None)
        self._t_close = getattr(target, "close", None)
        self._t_doctype = getattr(target, "doctype", None)
        self._queue = None
        self._ev = ()
        self._text = ""
        self._raw = b""
        self._codec = None
        self._cr = False
        self._begun = False
        self._base = 0        # document offset of self._text[0]
        self._line = 1        # its line
        self._col = 0         # its column
        self._state = 0       # 0 prolog, 1 in the root, 2 after it
        self._stack = []      # open elements: (raw name, tag, declared prefixes)
        self._ns = {"xml": _XML_NS}
        self._tags = {}       # raw name -> tag under the current namespaces
        self._names = set()   # names already checked
        self._doc_entities = {}
        self._closed = False

    def _setevents(self, events_queue, events_to_report):
        # Used by XMLPullParser: appends (event, value) pairs to the queue.
        self._queue = events_queue
        ev = set()
        for event in events_to_report:
            if event not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % event)
            ev.add(event)
        self._ev = ev

    # Errors and positions

    def _where(self, pos):
        seg = self._text[:pos]
        nl = seg.count("\n")
        if nl:
            return self._line + nl, len(seg) - seg.rfind("\n") - 1
        return self._line, self._col + len(seg)

    def _error(self, code, message, pos):
        line, col = self._where(pos)
        err = ParseError("%s: line %d, column %d" % (message, line, col))
        err.code = code
        err.position = (line, col)
        raise err

    def _invalid(self, pos):
        self._error(4, "not well-formed (invalid token)", pos)

    def _unclosed(self, pos):
        self._error(5, "unclosed token", pos)

    # Input

    def feed(self, data):
        """Parses more of the document (str or bytes)."""
        if self._closed:
            self._error(8, "parsing finished", len(self._text))
        if isinstance(data, str):
            if not self._begun and data[:1] == "\ufeff":
                data = data[1:]
            self._begun = self._begun or bool(data)
            self._add_text(data, False)
        else:
            self._add_bytes(bytes(data), False)

    def flush(self):
        """Parses what has been fed (nothing is held back here)."""

    def close(self):
        """Finishes the document; returns the target's close() result."""
        if self._closed:
            self._error(8, "parsing finished", len(self._text))
        if self._raw or self._codec is None:
            self._add_bytes(b"", True)
        else:
            self._add_text("", True)
        self._closed = True
        if self._state == 0 or self._stack:
            self._error(3, "no element found", len(self._text))
        if self._t_close is not None:
            return self._t_close()
        return None

    def _add_bytes(self, raw, final):
        raw = self._raw + raw
        if self._codec is None:
            if not raw and not final:
                return
            if raw[:3] == b"\xef\xbb\xbf":
                raw = raw[3:]
                codec = "utf-8"
            elif raw[:5] == b"<?xml":
                end = raw.find(b"?>")
                if end < 0 and not final and len(raw) < 1024:
                    self._raw = raw
                    return
                codec = "utf-8"
                decl = raw[:end] if end >= 0 else raw[:1024]
                i = decl.find(b"encoding")
                if i >= 0:
                    rest = decl[i + 8:].lstrip().lstrip(b"=").lstrip()
                    if rest[:1] in (b'"', b"'"):
                        j = rest.find(rest[:1], 1)
                        if j > 0:
                            codec = rest[1:j].decode("ascii", "replace")
            else:
                codec = "utf-8"
            if self._encoding:
                codec = self._encoding
            name = codec.lower().replace("_", "-")
            if name in ("utf-8", "utf8"):
                codec = "utf-8"
            elif name in ("us-ascii", "ascii"):
                codec = "ascii"
            elif name in ("iso-8859-1", "latin-1", "latin1"):
                codec = "latin-1"
            else:
                try:
                    b"".decode(codec)
                except LookupError:
                    self._error(18, "unknown encoding", 0)
            self._codec = codec
            self._begun = True
        if self._codec == "utf-8":
            cut = len(raw) if final else _utf8_complete(raw)
            chunk = raw[:cut]
            self._raw = raw[cut:]
        else:
            chunk = raw
            self._raw = b""
        try:
            text = chunk.decode(self._codec)
        except UnicodeDecodeError as e:
            good = chunk[:e.start].decode(self._codec, "replace")
            self._text += good
            self._error(4, "not well-formed (invalid token)", len(self._text))
        self._add_text(text, final)

    def _add_text(self, text, final):
        if self._cr:
            text = "\r" + text
            self._cr = False
        if "\r" in text:
            if text[-1:] == "\r" and not final:
                text = text[:-1]
                self._cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._codec is None:
            self._codec = "str"
        if self._text:
            self._text += text
        else:
            self._text = text
        self._parse(final)

    # The tokenizer

    def _consume(self, pos):
        # Drops the first pos characters of the buffer.
        if pos == 0:
            return
        seg = self._text[:pos]
        nl = seg.count("\n")
        if nl:
            self._line += nl
            self._col = pos - seg.rfind("\n") - 1
        else:
            self._col += pos
        self._base += pos
        self._text = self._text[pos:]

    def _parse(self, final):
        text = self._text
        n = len(text)
        pos = 0
        find = text.find
        while pos < n:
            lt = find("<", pos)
            if lt < 0:
                if not final:
                    break
                lt = n
            if lt > pos:
                self._chars(text, pos, lt)
                pos = lt
                if lt == n:
                    break
            c = text[pos + 1:pos + 2]
            if c == "/":
                gt = find(">", pos)
                if gt < 0:
                    if final:
                        self._unclosed(pos)
                    break
                self._end_tag(text, pos, gt)
                pos = gt + 1
            elif c == "!":
                new = self._markup_decl(text, pos, final)
                if new < 0:
                    break
                pos = new
            elif c == "?":
                gt = find("?>", pos + 2)
                if gt < 0:
                    # Unterminated: still, a bad target is reported first.
                    j = pos + 2
                    while j < n and text[j] not in " \t\n?":
                        j += 1
                    bad = _bad_name_at(text[pos + 2:j])
                    if 0 <= bad < j - pos - 2 or (j < n and bad >= 0):
                        self._invalid(pos + 2 + bad)
                    if final:
                        self._unclosed(pos)
                    break
                self._pi(text, pos, gt)
                pos = gt + 2
            elif c == "":
                if final:
                    self._unclosed(pos)
                break
            else:
                gt = find(">", pos)
                if gt < 0:
                    if final:
                        self._unclosed(pos)
                    break
                inner = text[pos + 1:gt]
                if inner in self._names:
                    self._start_tag(pos, inner, None, False)
                    pos = gt + 1
                    continue
                if inner[-1:] == "/" and inner[:-1] in self._names:
                    self._start_tag(pos, inner[:-1], None, True)
                    pos = gt + 1
                    continue
                new = self._scan_start_tag(text, pos, final)
                if new < 0:
                    break
                pos = new
        self._consume(pos)

    def _chars(self, text, a, b):
        s = text[a:b]
        if self._state != 1:
            stripped = s.lstrip(_WS)
            if stripped:
                at = b - len(stripped)
                if self._state == 0:
                    # A name-like token followed by a space or ">" reads
                    # as a declaration out of place; else a bad token.
                    j = 0
                    while j < len(stripped) and (stripped[j].isalnum() or stripped[j] in "-._:"
                                                 or ord(stripped[j]) > 127):
                        j += 1
                    nxt = stripped[j:j + 1]
                    if (j and nxt != "" and nxt in _WS) or nxt == ">":
                        self._error(2, "syntax error", at)
                    self._invalid(at + j)
                self._error(9, "junk after document element", at)
            return
        if "&" in s:
            s = self._references(s, a)
        if "]]>" in s:
            self._invalid(a + s.find("]]>") + 2)
        if self._t_data is not None:
            self._t_data(s)

    def _references(self, s, base, tag=None):
        # s with its entity and character references replaced; base is
        # its offset in the buffer, tag the offset of the tag holding it
        # when s is an attribute value (where expat reports some errors).
        parts = s.split("&")
        out = [parts[0]]
        off = base + len(parts[0])
        for p in parts[1:]:
            amp = off
            off += 1 + len(p)
            semi = p.find(";")
            name = p[:semi] if semi >= 0 else p
            if name[:1] == "#":
                if name[1:2] == "x":
                    digits = name[2:]
                    ok = digits != "" and all(ch in "0123456789abcdefABCDEF" for ch in digits)
                    start = 2
                else:
                    digits = name[1:]
                    ok = digits != "" and digits.isdigit() and digits.isascii()
                    start = 1
                if not ok or semi < 0:
                    j = start
                    allowed = "0123456789abcdefABCDEF" if start == 2 else "0123456789"
                    while j < len(p) and p[j] in allowed:
                        j += 1
                    self._invalid(amp + 1 + j)
                cp = int(digits, 16 if start == 2 else 10)
                if not _valid_char(cp):
                    self._error(14, "reference to invalid character number",
                                amp if tag is None else tag)
                out.append(chr(cp))
            else:
                bad = _bad_name_at(name)
                if bad >= 0 or semi < 0:
                    j = bad if bad >= 0 else len(name)
                    self._invalid(amp + 1 + j)
                value = _PREDEFINED.get(name)
                if value is None:
                    value = self._doc_entities.get(name)
                    if value is None:
                        value = self.entity.get(name)
                        if value is None:
                            self._error(11, "undefined entity", amp if tag is None else tag)
                out.append(value)
            out.append(p[semi + 1:])
        return "".join(out)

    def _markup_decl(self, text, pos, final):
        # <!-- -->, <![CDATA[ ]]> or <!DOCTYPE >: the offset after it, or
        # -1 when more data is needed.
        n = len(text)
        head = text[pos:pos + 9]
        if head[:4] == "<!--":
            end = text.find("--", pos + 4)
            if end < 0 or end + 2 >= n:
                if final:
                    self._unclosed(pos)
                return -1
            if text[end + 2] != ">":
                self._invalid(end + 2)
            body = text[pos + 4:end]
            comment = None
            if self._t_comment is not None:
                comment = self._t_comment(body)
            if "comment" in self._ev:
                self._queue.append(("comment", comment))
            return end + 3
        if head == "<![CDATA[":
            if self._state != 1:
                if self._state == 2:
                    self._error(9, "junk after document element", pos)
                self._invalid(pos)
            end = text.find("]]>", pos + 9)
            if end < 0:
                if final:
                    self._error(20, "unclosed CDATA section", n)
                return -1
            if self._t_data is not None:
                body = text[pos + 9:end]
                if body:
                    self._t_data(body)
            return end + 3
        if head == "<!DOCTYPE":
            if self._state != 0:
                self._invalid(pos + 2)
            i = pos + 9
            depth = 0
            quote = None
            while i < n:
                ch = text[i]
                if quote is not None:
                    if ch == quote:
                        quote = None
                elif ch == '"' or ch == "'":
                    quote = ch
                elif ch == "[":
                    depth += 1
                elif ch == "]":
                    depth -= 1
                elif ch == ">" and depth <= 0:
                    break
                i += 1
            if i >= n:
                if final:
                    self._unclosed(pos)
                return -1
            self._doctype(text[pos + 9:i])
            return i + 1
        known = ("<!--", "<![CDATA[", "<!DOCTYPE")
        if len(head) < 9 and any(k.startswith(head) for k in known):
            if final:
                self._unclosed(pos)
            return -1
        if self._state == 0 and head[2:3] != "" and _name_start(head[2]):
            j = pos + 3
            while j < n and (text[j].isalnum() or text[j] in "-._:"):
                j += 1
            if j >= n or text[j] in _WS:
                self._error(2, "syntax error", pos)
            self._invalid(j)
        agree = 2
        for k in known:
            m = 2
            while m < len(k) and m < len(head) and head[m] == k[m]:
                m += 1
            agree = max(agree, m)
        self._invalid(pos + agree)

    def _doctype(self, body):
        # The internal subset's general entities become known; the
        # target's doctype(name, pubid, system) is called if it has one.
        subset = ""
        lb = body.find("[")
        if lb >= 0:
            subset = body[lb + 1:body.rfind("]")]
            body = body[:lb]
        words = []
        rest = body.strip()
        while rest:
            if rest[0] in "\"'":
                j = rest.find(rest[0], 1)
                if j < 0:
                    j = len(rest)
                words.append(rest[1:j])
                rest = rest[j + 1:].lstrip()
            else:
                parts = rest.split(None, 1)
                words.append(parts[0])
                rest = parts[1] if len(parts) > 1 else ""
        name = words[0] if words else None
        pubid = system = None
        if len(words) >= 3 and words[1] == "PUBLIC":
            pubid = words[2]
            if len(words) >= 4:
                system = words[3]
        elif len(words) >= 3 and words[1] == "SYSTEM":
            system = words[2]
        i = subset.find("<!ENTITY")
        while i >= 0:
            decl = subset[i + 8:].lstrip()
            if decl[:1] != "%":
                parts = decl.split(None, 1)
                if len(parts) == 2 and parts[1][:1] in "\"'":
                    q = parts[1][0]
                    j = parts[1].find(q, 1)
                    if j > 0 and parts[0] not in self._doc_entities:
                        self._doc_entities[parts[0]] = self._references(
                            parts[1][1:j], 0, 0) if "&#" in parts[1][1:j] else parts[1][1:j]
            i = subset.find("<!ENTITY", i + 8)
        if self._t_doctype is not None:
            self._t_doctype(name, pubid, system)

    def _pi(self, text, pos, end):
        body = text[pos + 2:end]
        i = 0
        while i < len(body) and body[i] not in _WS:
            i += 1
        target = body[:i]
        data = body[i:].lstrip(_WS)
        bad = _bad_name_at(target)
        if bad >= 0:
            self._invalid(pos + 2 + bad)
        if target.lower() == "xml":
            if target != "xml":
                self._invalid(pos + 2 + len(target))
            if self._base + pos != 0:
                self._error(17, "XML or text declaration not at start of entity", pos)
            self._check_declaration(body[3:], pos + 5)
            return
        result = None
        if self._t_pi is not None:
            result = self._t_pi(target, data)
        if "pi" in self._ev:
            self._queue.append(("pi", result))

    def _check_declaration(self, data, at):
        # version="1.x", then optionally encoding and standalone, each
        # after whitespace; at is data's offset in the buffer.
        names = ["version", "encoding", "standalone"]
        n = len(data)
        i = 0
        while True:
            j = i
            while j < n and data[j] in _WS:
                j += 1
            if j >= n:
                break
            k = j
            while k < n and (data[k].isalnum() or data[k] in "-._:"):
                k += 1
            name = data[j:k]
            if j == i or name not in names or (i == 0 and name != "version"):
                self._bad_declaration(at + j)
            del names[:names.index(name) + 1]
            while k < n and data[k] in _WS:
                k += 1
            if k >= n or data[k] != "=":
                self._bad_declaration(at + k)
            k += 1
            while k < n and data[k] in _WS:
                k += 1
            if k >= n or data[k] not in "'\"":
                self._bad_declaration(at + k)
            end = data.find(data[k], k + 1)
            if end < 0:
                self._bad_declaration(at + k)
            value = data[k + 1:end]
            if name == "version":
                bad = -1 if value else 0
                for m in range(len(value)):
                    ch = value[m]
                    if not (ch.isascii() and (ch.isalnum() or ch in "._-")):
                        bad = m
                        break
            elif name == "encoding":
                bad = -1
                for m in range(len(value)):
                    ch = value[m]
                    if not (ch.isascii() and (ch.isalpha() or (m and (ch.isdigit() or ch in "._-")))):
                        bad = m
                        break
                if not value:
                    bad = 0
            else:
                bad = -1 if value in ("yes", "no") else 0
            if bad >= 0:
                self._bad_declaration(at + k + 1 + bad)
            i = end + 1
        if "version" in names:
            self._bad_declaration(at + n)

    def _bad_declaration(self, pos):
        self._error(30, "XML declaration not well-formed", pos)

    def _scan_start_tag(self, text, pos, final):
        # A start tag with attributes or unusual spacing: the offset after
        # it, or -1 when more data is needed.
        n = len(text)
        i = pos + 1
        j = i
        while j < n and text[j] not in " \t\n/>":
            j += 1
        name = text[i:j]
        if name not in self._names:
            bad = _bad_name_at(name)
            if bad >= 0:
                self._invalid(i + bad)
        attrs = []
        while True:
            k = j
            while k < n and text[k] in _WS:
                k += 1
            if k >= n:
                break
            ch = text[k]
            if ch == ">":
                self._start_tag(pos, name, self._attr_refs(attrs, pos), False)
                return k + 1
            if ch == "/":
                if k + 1 >= n:
                    break
                if text[k + 1] == ">":
                    self._start_tag(pos, name, self._attr_refs(attrs, pos), True)
                    return k + 2
                self._invalid(k + 1)
            if k == j:
                self._invalid(k)
            m = k
            while m < n and text[m] not in " \t\n=/>\"'<":
                m += 1
            if m >= n:
                break
            aname = text[k:m]
            bad = _bad_name_at(aname)
            if bad >= 0:
                self._invalid(k + bad)
            while m < n and text[m] in _WS:
                m += 1
            if m >= n:
                break
            if text[m] != "=":
                self._invalid(m)
            m += 1
            while m < n and text[m] in _WS:
                m += 1
            if m >= n:
                break
            quote = text[m]
            if quote != '"' and quote != "'":
                self._invalid(m)
            end = text.find(quote, m + 1)
            if end < 0:
                lt = text.find("<", m + 1)
                if lt >= 0:
                    self._invalid(lt)
                break
            value = text[m + 1:end]
            if "<" in value:
                self._invalid(m + 1 + value.find("<"))
            for a in attrs:
                if a[0] == aname:
                    self._error(8, "duplicate attribute", k)
            if "\t" in value or "\n" in value:
                value = value.replace("\t", " ").replace("\n", " ")
            attrs.append((aname, value, m + 1))
            j = end + 1
        if final:
            self._unclosed(pos)
        return -1

    def _attr_refs(self, attrs, pos):
        # The (name, value) pairs with the values' references replaced.
        out = []
        for name, value, at in attrs:
            if "&" in value:
                value = self._references(value, at, pos)
            out.append((name, value))
        return out

    def _resolve(self, name, pos):
        # The tag for an element's raw name under the current namespaces.
        colon = name.find(":")
        if colon >= 0:
            uri = self._ns.get(name[:colon])
            if uri is None or colon == 0:
                self._error(27, "unbound prefix", pos)
            tag = "{%s}%s" % (uri, name[colon + 1:])
        else:
            uri = self._ns.get("")
            tag = "{%s}%s" % (uri, name) if uri else name
        self._tags[name] = tag
        return tag

    def _start_tag(self, pos, name, attrs, empty):
        if self._state != 1:
            if self._state == 2:
                self._error(9, "junk after document element", pos)
            self._state = 1
        self._names.add(name)
        declared = None
        attrib = {}
        if attrs:
            plain = []
            for aname, value in attrs:
                if aname[:5] == "xmlns" and (len(aname) == 5 or aname[5] == ":"):
                    prefix = aname[6:]
                    if prefix and not value:
                        self._error(28, "must not undeclare prefix", pos)
                    if declared is None:
                        declared = []
                    declared.append((prefix, self._ns.get(prefix)))
                    self._ns[prefix] = value
                else:
                    plain.append((aname, value))
            if declared is not None:
                self._tags = {}
                for prefix, _ in declared:
                    uri = self._ns[prefix]
                    result = (prefix, uri)
                    if self._t_start_ns is not None:
                        result = self._t_start_ns(prefix, uri) or result
                    if "start-ns" in self._ev:
                        self._queue.append(("start-ns", result))
            for aname, value in plain:
                colon = aname.find(":")
                if colon >= 0:
                    uri = self._ns.get(aname[:colon])
                    if uri is None or colon == 0:
                        self._error(27, "unbound prefix", pos)
                    aname = "{%s}%s" % (uri, aname[colon + 1:])
                    if aname in attrib:
                        self._error(8, "duplicate attribute", pos)
                attrib[aname] = value
        tag = self._tags.get(name)
        if tag is None:
            tag = self._resolve(name, pos)
        self._stack.append((name, tag, declared))
        if self._t_start is not None:
            result = self._t_start(tag, attrib)
        else:
            result = None
        if self._ev and "start" in self._ev:
            self._queue.append(("start", result))
        if empty:
            self._finish_element()

    def _end_tag(self, text, pos, gt):
        name = text[pos + 2:gt].rstrip(_WS)
        if not self._stack:
            self._invalid(pos + 1)
        if name != self._stack[-1][0]:
            bad = _bad_name_at(name)
            if 0 <= bad < len(name):
                self._invalid(pos + 2 + bad)
            self._error(7, "mismatched tag", pos + 2)
        self._finish_element()

    def _finish_element(self):
        name, tag, declared = self._stack.pop()
        if self._t_end is not None:
            result = self._t_end(tag)
        else:
            result = None
        if self._ev and "end" in self._ev:
            self._queue.append(("end", result))
        if declared is not None:
            for prefix, old in reversed(declared):
                if old is None:
                    del self._ns[prefix]
                else:
                    self._ns[prefix] = old
                if self._t_end_ns is not None:
                    self._t_end_ns(prefix)
                if "end-ns" in self._ev:
                    self._queue.append(("end-ns", None))
            self._tags = {}
        if not self._stack:
            self._state = 2


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events() yields the
    (event, value) pairs seen so far (events: "start", "end" (default),
    "start-ns", "end-ns", "comment", "pi")."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._head = 0
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._queue, events)

    def feed(self, data):
        """Parses more data (str or bytes)."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finishes the document (its last events can still be read)."""
        self._close_and_return_root()

    def read_events(self):
        """An iterator over the events not read yet (each returned once)."""
        q = self._queue
        while self._head < len(q):
            event = q[self._head]
            self._head += 1
            if self._head >= len(q):
                q.clear()
                self._head = 0
            elif self._head > 512:
                del q[:self._head]
                self._head = 0
            if isinstance(event, Exception):
                raise event
            yield event


class IterParseIterator:
    # What iterparse returns: yields events while reading the source;
    # `root` is set once the document is complete.

    def __init__(self, source, pullparser, close_source):
        self.root = None
        self._gen = self._events(source, pullparser, close_source)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def _events(self, source, pp, close_source):
        try:
            while True:
                yield from pp.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pp.feed(data)
            root = pp._close_and_return_root()
            yield from pp.read_events()
            self.root = root
        finally:
            if close_source:
                source.close()


def iterparse(source, events=None, parser=None):
    """Parses a file name or binary file object, yielding (event, value)
    pairs as it goes (events: see XMLPullParser; default ("end",))."""
    pullparser = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    return IterParseIterator(source, pullparser, close_source)


def parse(source, parser=None):
    """An ElementTree read from a file name or binary file object."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of a document given as a str or bytes."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """(root, {id attribute: element}) for a document in a string."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        i = elem.get("id")
        if i:
            ids[i] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """The root element of a document given as a sequence of pieces."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()
