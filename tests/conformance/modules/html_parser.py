# html.parser: HTMLParser handlers, positions, start-tag text, charrefs and incremental feeding
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append((dict(attrs).get("href"), self.getpos()))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


doc = """<!DOCTYPE html>
<html><head><title>T &amp; U</title></head>
<body>
  <A HREF="/one">one</A> and <a href='/two?a=1&amp;b=2'>two</a>
  <p class=x>caf&eacute; &#8364; &#x263A;</p>
</body></html>
"""
p = Links()
p.feed(doc)
p.close()
print(p.links)
print(p.text)


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log = []

    def handle_starttag(self, tag, attrs):
        self.log.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.log.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        self.log.append(("data", data))

    def handle_comment(self, data):
        self.log.append(("comment", data))

    def handle_entityref(self, name):
        self.log.append(("entityref", name))

    def handle_charref(self, name):
        self.log.append(("charref", name))

    def handle_decl(self, decl):
        self.log.append(("decl", decl))

    def handle_pi(self, data):
        self.log.append(("pi", data))

    def unknown_decl(self, data):
        self.log.append(("unknown_decl", data))


for conv in (True, False):
    q = Logger(convert_charrefs=conv)
    for piece in ["<div id='a'", " data-x=1>x &am", "p; y &#6", "6; <!-- c", " -->", "<br/>", "</div>", "tail &lt"]:
        q.feed(piece)
        print(conv, repr(piece), q.log)
        q.log = []
    q.close()
    print("close", q.log, q.getpos())

s = Logger()
s.feed("<script type='text/javascript'>if (a<b) { document.write('</b>') }</script><style>x{}</style>")
s.close()
for e in s.log:
    print(e)


class NoRaw(Logger):
    CDATA_CONTENT_ELEMENTS = ()


r = NoRaw()
r.feed("<script>a<b>c</b></script>")
r.close()
print(r.log)

t = Logger()
t.feed("<p>half")
t.reset()
t.feed("<i>new</i>")
t.close()
print(t.log, t.getpos(), t.lasttag)

u = Logger()
u.feed("<?xml version='1.0'?><![CDATA[raw <stuff>]]><!ELEMENT x>")
u.close()
print(u.log)
print(HTMLParser().get_starttag_text(), HTMLParser.CDATA_CONTENT_ELEMENTS)
