# urllib.parse: urljoin with RFC 3986's examples, odd bases and references, schemes, bytes and mixed types
from urllib.parse import urljoin, urldefrag, urlsplit


def show(*a, **k):
    try:
        r = urljoin(*a, **k)
    except Exception as e:
        print(repr(a), repr(k), "->", type(e).__name__ + ":", e)
        return
    print(repr(a), repr(k), "->", repr(r))


RFC_BASE = "http://a/b/c/d;p?q"
REFS = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
        "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x",
        "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "http:", "http:?x", "http:#f",
        "https:g", "//", "///", "////g", "a//b", "a/./../b", "..//g", ".//g", "g//",
        "%2e%2e/g", "g\\h", " g", "g\t/h", "?", "#", "&", "@x", "mailto:a@b", "HTTP:g", "HTTP://x/y"]
for ref in REFS:
    show(RFC_BASE, ref)

BASES = ["http://a/b/c/d;p?q", "http://a/b/c/", "http://a", "http://a/", "http://a/b",
         "http://a/b/", "http://a/b//c/../d", "http://a/?q#f", "http://u:p@a:8/x/y",
         "https://[::1]:443/x/y", "file:///tmp/dir/", "file:/tmp/x", "ftp://h/d/f;type=a",
         "mailto:a@b", "urn:isbn:1", "svn+ssh://h/r/trunk/", "ws://h/c/", "rtsps://h/a/b",
         "gopher://h/1/x", "unknown://h/a/b", "data:x", "a/b/c", "/a/b", "//h/a", "", "?q", "#f",
         "http:a/b", "http:/a/b", "http:///a/b", "HTTP://A/B/C"]
SHORT = ["", "x", "../x", "/x", "//h2/x", "?n", "#n", ";p", ".", "..", "x/../../..",
         "https://o/p", "http:x", "ftp:/x", "//"]
for b in BASES:
    for r in SHORT:
        show(b, r)

print("--- allow_fragments")
show("http://a/b#c", "d#e", False)
show("http://a/b#c", "#e", False)
show("http://a/b#c", "#e", allow_fragments=True)
show("http://a/b?q#c", "", False)

print("--- bytes")
show(b"http://a/b/c", b"../d?x")
show(b"http://a/b/c", b"")
show(b"", b"x")
show(b"http://a/b", "x")
show("http://a/b", b"x")
show(b"", "x")
show("", b"x")
show(b"x", "")
show(b"http://a/", b"\xff")
show(None, "x")
show("x", None)
show(1, 2)

print("--- defrag")
for u in ["http://a/b#c", "http://a/b#", "http://a/b", "#x", "http://a/b;p?q#f", "mailto:x#y",
          "http://a/b?#", b"http://a/#f", b"", "//h#f"]:
    try:
        d = urldefrag(u)
        print(repr(u), repr(d), repr(d.geturl()))
    except Exception as e:
        print(repr(u), type(e).__name__ + ":", e)
