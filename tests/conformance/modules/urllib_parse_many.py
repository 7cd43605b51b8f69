# urllib.parse: urlsplit, urlparse, urljoin and parse_qsl over URLs built from every combination of odd pieces
from urllib.parse import urlsplit, urlparse, urljoin, urlunsplit, parse_qsl, quote, unquote

SCHEMES = ["", "http:", "HTTP:", "mailto:", "x-y.z+1:", "1x:", "tel:"]
NETLOCS = ["", "//", "//h", "//u:p@H:8", "//[::1]:9", "//h:x", "//@", "//a@b:"]
PATHS = ["", "/", "p", "/a/./b/../c", ";x", "/a;b/c;d", "..", "//x"]
TAILS = ["", "?", "?q=1&r", "#", "#f?g", "?a=%41+b#c"]


def attr(r, name):
    try:
        return repr(getattr(r, name))
    except ValueError as e:
        return "ValueError(" + str(e) + ")"


n = 0
for s in SCHEMES:
    for nl in NETLOCS:
        for p in PATHS:
            for t in TAILS[n % 3::3]:
                n += 1
                u = s + nl + p + t
                try:
                    r = urlsplit(u)
                except ValueError as e:
                    print(repr(u), "ValueError:", e)
                    continue
                q = urlparse(u)
                print(repr(u), tuple(r), q.params, attr(r, "hostname"), attr(r, "port"),
                      attr(r, "username"), attr(r, "password"))
                print("   ", repr(urlunsplit(r)), repr(q.geturl()), repr(urljoin("http://B/c/d;e?f#g", u)),
                      repr(urljoin(u, "../x?y")), parse_qsl(r.query, True))
print(n)
for s in ["a b", "\u00e9/\u20ac", "%", "~-._", "!*'();:@&=+$,/?#[]"]:
    for safe in ["", "/", ":@", "%"]:
        print(repr(s), repr(safe), quote(s, safe), unquote(quote(s, safe)) == s)
