"""Split URLs into components, put them back together, resolve relative
URLs against a base, and percent-encode or decode query strings
(CPython 3.11's urllib.parse)."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes whose URLs may be relative to a base.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

# Schemes that carry a network location (//host).
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

# Schemes whose last path segment may carry ;parameters.
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

# Characters allowed in a scheme name.
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are dropped (WHATWG); tabs and newlines
# anywhere are removed.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join([chr(i) for i in range(33)])
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility; nothing is cached here."""


# -- str/bytes coercion ----------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple([x.decode(encoding, errors) if x else '' for x in args])


def _coerce_args(*args):
    # Work on str throughout; bytes arguments are decoded as ASCII and
    # the result is encoded back.
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# -- result types ----------------------------------------------------------

class _ResultMixinStr(object):
    """encode() for the str result types."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[x.encode(encoding, errors) for x in self])


class _ResultMixinBytes(object):
    """decode() for the bytes result types."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[x.decode(encoding, errors) for x in self])


class _NetlocResultMixinBase(object):
    """username, password, hostname and port read from netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # The zone id of a scoped IPv6 address keeps its case.
        sep = '%' if isinstance(host, str) else b'%'
        host, pct, zone = host.partition(sep)
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


def _split_userinfo(netloc, at, colon):
    userinfo, have_info, _ = netloc.rpartition(at)
    if have_info:
        username, have_password, password = userinfo.partition(colon)
        if not have_password:
            password = None
    else:
        username = password = None
    return username, password


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _, have_open_br, bracketed = hostinfo.partition(lbr)
    if have_open_br:
        hostname, _, port = bracketed.partition(rbr)
        port = port.partition(colon)[2]
    else:
        hostname, _, port = hostinfo.partition(colon)
    if not port:
        port = None
    return hostname, port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """A URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """urlsplit()'s result: scheme, netloc, path, query, fragment."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """urlparse()'s result: scheme, netloc, path, params, query, fragment."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    """DefragResult for bytes."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    """SplitResult for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    """ParseResult for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


DefragResult._encoded_counterpart = DefragResultBytes
SplitResult._encoded_counterpart = SplitResultBytes
ParseResult._encoded_counterpart = ParseResultBytes
DefragResultBytes._decoded_counterpart = DefragResult
SplitResultBytes._decoded_counterpart = SplitResult
ParseResultBytes._decoded_counterpart = ParseResult


# -- splitting -------------------------------------------------------------

def _splitparams(url):
    # Parameters belong to the last path segment only.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    # The netloc runs up to the first '/', '?' or '#'.
    end = len(url)
    for c in '/?#':
        j = url.find(c, start)
        if j >= 0 and j < end:
            end = j
    return url[start:end], url[end:]


def _checknetloc(netloc):
    # A non-ASCII netloc must not turn into one with URL delimiters
    # under NFKC normalisation.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


_HEXDIGITS = '0123456789abcdefABCDEF'


def _valid_ipv4(s):
    parts = s.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
        if int(p) > 255:
            return False
    return True


def _valid_ipv6(s):
    addr, sep, scope = s.partition('%')
    if sep and (not scope or '%' in scope):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _valid_ipv4(parts[-1]):
            return False
        parts.pop()
        parts.append('0')
        parts.append('0')
    if len(parts) > 9:
        return False
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                return False
            skip = i
    if skip is not None:
        lead = skip
        trail = len(parts) - skip - 1
        if not parts[0]:
            lead -= 1
            if lead:
                return False
        if not parts[-1]:
            trail -= 1
            if trail:
                return False
        if lead + trail >= 8:
            return False
    else:
        if len(parts) != 8:
            return False
        lead = len(parts)
        trail = 0
    for i in range(len(parts)):
        p = parts[i]
        if skip is not None and i == skip:
            continue
        if skip is not None and ((i == 0 and not p) or (i == len(parts) - 1 and not p)):
            continue
        if not p or len(p) > 4:
            return False
        for ch in p:
            if ch not in _HEXDIGITS:
                return False
    return True


def _check_bracketed_host(host):
    # What sits between [ and ] must be an IPv6 address or IPvFuture.
    if host.startswith('v'):
        ok = False
        dot = host.find('.')
        if dot > 1 and dot < len(host) - 1:
            ok = True
            for ch in host[1:dot]:
                if ch not in _HEXDIGITS:
                    ok = False
                    break
        if not ok:
            raise ValueError("IPvFuture address is invalid")
    elif _valid_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _valid_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment); scheme is
    used when url has none. Percent escapes are left alone."""
    # CPython caches this function, so unhashable arguments fail early.
    hash((url, scheme, allow_fragments))
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_open = '[' in netloc
        has_close = ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Join the five parts of urlsplit() back into a URL."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Join the six parts of urlparse() back into a URL."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986's algorithm, as CPython)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # The base's last segment is a file name, not a directory.
        del base_parts[-1]

    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty inner segments would double the slashes.
        inner = [s for s in segments[1:-1] if s]
        segments = segments[:1] + inner + segments[-1:] if len(segments) > 1 else segments

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')

    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Split off url's fragment: (url without it, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# -- percent-decoding ------------------------------------------------------

_HEXPAIRS = None


def unquote_to_bytes(string):
    """Decode %xx escapes in string (str or bytes) to bytes."""
    global _HEXPAIRS
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    if _HEXPAIRS is None:
        table = {}
        for a in _HEXDIGITS:
            for b in _HEXDIGITS:
                table[(a + b).encode()] = bytes([int(a + b, 16)])
        _HEXPAIRS = table
    res = [bits[0]]
    for item in bits[1:]:
        try:
            res.append(_HEXPAIRS[item[:2]])
            res.append(item[2:])
        except KeyError:
            res.append(b'%')
            res.append(item)
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %xx escapes; runs of escaped bytes are decoded with
    encoding and errors, other text is left as it is."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only ASCII runs can hold escapes; decode each run as a whole so
    # that multi-byte sequences come out as one character.
    res = []
    n = len(string)
    i = 0
    while i < n:
        j = i
        if string[i] < '\x80':
            while j < n and string[j] < '\x80':
                j += 1
            res.append(unquote_to_bytes(string[i:j]).decode(encoding, errors))
        else:
            while j < n and string[j] >= '\x80':
                j += 1
            res.append(string[i:j])
        i = j
    return ''.join(res)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that also turns '+' into a space (form encoding)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# -- query strings ---------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing,
                      encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    fields = qs.split(separator) if qs else []
    for field in fields:
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '),
                                          encoding=encoding, errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '),
                                           encoding=encoding, errors=errors))
            r.append((name, value))
    return r


# -- percent-encoding ------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_QUOTER_CACHE = {}


def _quote_table(safe):
    # 256 strings: the byte itself when safe, else its %XX escape.
    table = _QUOTER_CACHE.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else '%%%02X' % b for b in range(256)]
        if len(_QUOTER_CACHE) > 64:
            _QUOTER_CACHE.clear()
        _QUOTER_CACHE[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes: percent-encode every byte that is not safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str is encoded with encoding, UTF-8 by
    default), keeping letters, digits, '_.-~' and the characters in safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() that encodes spaces as '+' (form encoding)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string. With
    doseq, sequence values give one name=value pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    out = []
    if not doseq:
        for k, v in query:
            out.append(q(k) + '=' + q(v))
    else:
        for k, v in query:
            k = q(k)
            if isinstance(v, (bytes, str)):
                out.append(k + '=' + q(v))
            else:
                try:
                    len(v)
                except TypeError:
                    out.append(k + '=' + q(v))
                else:
                    for elt in v:
                        out.append(k + '=' + q(elt))
    return '&'.join(out)


def unwrap(url):
    """Strip '<...>' and a leading 'URL:' from url."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
