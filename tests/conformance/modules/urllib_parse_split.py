# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse/urldefrag, the result types and their netloc attributes
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes,
                          ParseResultBytes, DefragResultBytes)
import urllib.parse as up


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, repr(a), "->", type(e).__name__ + ":", e)
        return None
    print(f.__name__, repr(a), "->", repr(r))
    return r


def attrs(r):
    out = []
    for name in ("username", "password", "hostname", "port"):
        try:
            out.append(repr(getattr(r, name)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print("   ", " | ".join(out))


URLS = [
    "http://www.python.org/doc/#frag",
    "http://www.python.org:80/path;params?query=1#frag",
    "https://user:pass@host.example.com:8080/p/a/t/h?q=1&r=2#f",
    "HTTP://User@HOST.com/",
    "http://[::1]:5432/db",
    "http://[fe80::1%25eth0]/x",
    "http://[fe80::822a:a8ff:fe49:470c%tESt]:1234/keys",
    "http://[v1.fe80::a+en1]/",
    "http://[2001:db8::7]/c=GB?objectClass?one",
    "http://[::ffff:12.34.56.78]/",
    "http://[1:2:3:4:5:6:7:8]/",
    "http://[1:2:3:4:5:6:7::]/",
    "http://[::2:3:4:5:6:7:8]/",
    "ftp://ftp.is.co.za/rfc/rfc1808.txt",
    "mailto:John.Doe@example.com",
    "news:comp.infosystems.www.servers.unix",
    "tel:+1-816-555-1212",
    "tel:+1-816;ext=12",
    "telnet://192.0.2.16:80/",
    "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
    "ldap://[2001:db8::7]/c=GB?objectClass?one",
    "file:///tmp/junk.txt",
    "file:/tmp/junk.txt",
    "file://localhost/etc/hosts",
    "imap://mail.python.org/mbox1",
    "mms://wms.sys.hinet.net/cts/Drama/09006251100.asf",
    "nfs://server/path/to/file.txt",
    "svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/",
    "git+ssh://git@github.com/user/project.git",
    "sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15",
    "path/to/file",
    "/absolute/path?x#y",
    "//netloc.only",
    "//netloc/path",
    "?query=only",
    "#fragment-only",
    "",
    "http:",
    "http://",
    "http:///",
    "http:?x",
    "http:#y",
    "http:path",
    "http://a/b/c/d;p?q",
    "http://a/b;p1/c;p2",
    "http://a/;x",
    "https://a/b;c;d",
    "www.example.com:80",
    "localhost:8080/path",
    "path:80",
    "1http://x/",
    "+x:y",
    "a1+-.:rest",
    "a_b:rest",
    "  http://leading.space/",
    "\x00\x1f http://ctrl/",
    "ht\ttp://ta\nb/p\ra\tth",
    "http://trailing.space/ ",
    "http://host:/",
    "http://host:0/",
    "http://host:65535/",
    "http://host:65536/",
    "http://host:-1/",
    "http://host:abc/",
    "http://host:8 0/",
    "http://host:+80/",
    "http://host:\uff18\uff10/",
    "http://host:१२/",
    "http://@host/",
    "http://:@host/",
    "http://user:@host/",
    "http://:pw@host/",
    "http://a@b@c/",
    "http://u:p:q@host:1:2/",
    "http://[::1]/",
    "http://user:pw@[::1]:99/",
    "http://[::1]x:80/",
    "http://[::1",
    "http://::1]/",
    "http://[1.2.3.4]/",
    "http://[v]/",
    "http://[v1]/",
    "http://[vx.y]/",
    "http://[v1.]/",
    "http://[V1.x]/",
    "http://[host]/",
    "http://[::1::2]/",
    "http://[1:2:3:4:5:6:7:8:9]/",
    "http://[12345::]/",
    "http://[fe80::1%]/",
    "http://[::ffff:1.2.3]/",
    "http://[::ffff:01.2.3.4]/",
    "http://[:1]/",
    "http://[1:]/",
    "http://[]/",
    "http://[::]/",
    "http://exa mple.com/",
    "http://ex\u00e4mple.com/p",
    "http://\u2100.com/",
    "http://\uff03.com/",
    "http://user\uff20host/",
    "http://a.com?x=1#frag?notquery",
    "http://a.com#frag?x",
    "http://a.com/p#f#g",
    "HTTPS://A.COM/PATH",
    "Http://A.Com:443",
    "schème://x",
    "x:",
    ":x",
    "data:text/plain;base64,SGVsbG8=",
    "javascript:alert(1)",
    "http://www.w3.org/TR/2003/REC-xpath20-20030912/#id-;/?:@&=+$,",
]

for u in URLS:
    s = show(urlsplit, u)
    if s is not None:
        attrs(s)
        print("    geturl", repr(s.geturl()), repr(urlunsplit(s)))
    p = show(urlparse, u)
    if p is not None:
        print("    geturl", repr(p.geturl()), repr(urlunparse(p)))
    show(urldefrag, u)

print("--- defaults and allow_fragments")
show(urlsplit, "path", "https")
show(urlsplit, "//host/path", "ftp")
show(urlsplit, "other:path", "https")
show(urlsplit, "path", " \tftp\n ")
show(urlparse, "http://a/b#c", "", False)
show(urlsplit, "http://a/b?x#c", allow_fragments=False)
show(urlsplit, "http://a/b#c?x", allow_fragments=0)
show(urlparse, "path;p", "http")
show(urlparse, "path;p", "mailto")

print("--- bytes")
for u in [b"http://user:pw@Host.COM:81/a;b?c=d#e", b"", b"//x", b"http://[::1]:8/",
          b"path", b"http://host:abc/", b"http://h\xc3\xa9/"]:
    s = show(urlsplit, u)
    if s is not None:
        attrs(s)
        print("   ", repr(s.geturl()), repr(s.decode()))
    p = show(urlparse, u)
    if p is not None:
        print("   ", repr(p.geturl()), repr(p.decode()))
    show(urldefrag, u)
show(urlsplit, b"path", "")
show(urlsplit, b"path", b"http")
show(urlsplit, "path", b"http")
show(urlsplit, b"path", "http")
show(urlparse, b"x", "s")
show(urlunsplit, (b"http", b"h", b"/p", b"", b"f"))
show(urlunsplit, (b"http", "h", b"/p", b"", b""))
show(urlunsplit, ("http", b"", "/p", "", ""))
show(urlunparse, (b"http", b"h", b"/p", b"x", b"q", b""))
show(urlunparse, [b"", b"", b"", b"", b"", b""])

print("--- urlunsplit / urlunparse")
for parts in [("http", "h", "p", "q", "f"), ("http", "", "p", "", ""), ("http", "", "//p", "", ""),
              ("", "", "//p", "", ""), ("mailto", "", "a@b", "", ""), ("", "", "", "", ""),
              ("file", "", "/tmp", "", ""), ("file", "", "", "", ""), ("s", "n", "", "q", ""),
              ["", "n", "p", "", "f"], ("svn+ssh", "", "x", "", ""), ("http", None, "x", "", "")]:
    show(urlunsplit, parts)
for parts in [("http", "h", "/p", "par", "q", "f"), ("", "", "p", "x", "", ""),
              ("tel", "", "+1", "ext=1", "", "")]:
    show(urlunparse, parts)
show(urlunsplit, ("a", "b", "c", "d"))
show(urlunparse, ("a", "b", "c", "d", "e"))

print("--- result types")
r = urlsplit("http://u:p@h:1/x?y#z")
print(type(r).__name__, isinstance(r, tuple), r.scheme, r.netloc, r.path, r.query, r.fragment, r[1], len(r))
print(r._replace(fragment="w").geturl(), r._fields, r._asdict())
e = r.encode()
print(repr(e), type(e).__name__, repr(e.decode("ascii")))
print(repr(urlsplit("http://h\u00e9/").encode("utf-8")))
try:
    urlsplit("http://h\u00e9/").encode()
except UnicodeEncodeError as ex:
    print("UnicodeEncodeError", ex.reason)
p = urlparse("http://u:p@h:1/x;a?y#z")
print(repr(p), p.params, repr(p.encode()), p.encode().port, p.encode().hostname)
d = urldefrag("http://h/p?q#frag")
print(repr(d), d.url, d.fragment, d.geturl(), repr(d.encode()), repr(d.encode().geturl()))
print(repr(DefragResult("a", "")), DefragResult("a", "").geturl())
print(repr(DefragResultBytes(b"a", b"b").geturl()))
print(repr(SplitResult("http", "[::1]:80", "/", "", "")), SplitResult("http", "[::1]:80", "/", "", "").port)
print(repr(ParseResult(*"abcdef")))
print(repr(SplitResultBytes(b"s", b"U@H", b"", b"", b"").hostname))
print(repr(ParseResultBytes(b"s", b"u:p@[FE80::A%Eth]:7", b"", b"", b"", b"").hostname))
print(SplitResult("", "", "", "", "").hostname, SplitResult("", "@", "", "", "").username)
print(repr(up.uses_relative), repr(up.uses_netloc), repr(up.uses_params), repr(up.scheme_chars))
print(repr(up.non_hierarchical), repr(up.uses_query), repr(up.uses_fragment))
print(sorted(up.__all__))
print("--- odd argument types")
show(urlsplit, bytearray(b"http://x/"))
show(urlparse, bytearray(b"http://x/"))
show(urlsplit, ["x"])
show(urlsplit, None)
show(urlsplit, 5)
show(urlparse, None)
show(urldefrag, None)
r = urlsplit("http://x")
print(r.count("x"), r.index("http"), hash(urlsplit("a")) == hash(("", "", "a", "", "")), urlsplit("a") == ("", "", "a", "", ""))
