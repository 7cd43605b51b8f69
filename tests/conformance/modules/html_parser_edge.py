# html.parser: event sequences for tricky and malformed inputs, fed whole and one character at a time
from html.parser import HTMLParser

class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, t, a): self.ev.append(("start", t, a, self.get_starttag_text()))
    def handle_endtag(self, t): self.ev.append(("end", t))
    def handle_startendtag(self, t, a): self.ev.append(("startend", t, a))
    def handle_data(self, d): self.ev.append(("data", d))
    def handle_comment(self, d): self.ev.append(("comment", d))
    def handle_decl(self, d): self.ev.append(("decl", d))
    def handle_pi(self, d): self.ev.append(("pi", d))
    def handle_entityref(self, d): self.ev.append(("entityref", d))
    def handle_charref(self, d): self.ev.append(("charref", d))
    def unknown_decl(self, d): self.ev.append(("unknown", d))

def merge(ev):
    out = []
    for e in ev:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e)
    return out

CASES = [
    "<p>Hello</p>", "<a href='x' title=\"y\" data-x=z checked>t</a>", "<BR/><img src=a.png />",
    "a &amp; b &lt; c &#65; &#x41; &nosuch; &amp", "<!DOCTYPE html><html>", "<!-- a comment -->x<!---->",
    "<?xml version='1.0'?>", "<![CDATA[ stuff ]]>", "<!bogus thing>", "</>", "</ p>", "</p foo>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script>after", "<style>p { } </STYLE >x",
    "<a b='&amp;&lt;'>", "<a b=&quot;x>", "text < more", "a<", "&", "&#", "&#x", "&a", "x&#;y",
    "<a\nhref=1\n>l\nm</a>", "<div class=a class=b>", "<a =x>", "<a b c=d/>", "<a/b>", "<a b/c>",
    "<p <q>", "<a b='unterminated>", "<!-- unterminated", "<!doctype", "<?pi", "</a", "<a",
    "<a b=\"c\"", "<x-y:z Foo=Bar>", "&#0; &#1114112; &#xD800;", "&notit; &notin; &amp;x",
    "<script>a &amp; b</script>", "<!--a--!>b-->", "<a href=\"&#x26;\">", "&#65x", "&amp;&lt;",
    "<textarea>&amp;</textarea>", "<![if !IE]>x<![endif]>", "<br/ >", "<a b = 'c' >",
    "<a\tb\t=\tc>", "< a>", "<1>", "</1>", "<!>", "<!->", "<p>A&B</p>", "&ampxyz;", "&AMP;", "&#X41;",
]

def run(text, mode, conv):
    p = P(convert_charrefs=conv)
    if mode == 0:
        p.feed(text)
    else:
        for ch in text:
            p.feed(ch)
    p.close()
    return merge(p.ev), p.getpos()

for text in CASES:
    for conv in (True, False):
        for mode in (0, 1):
            try:
                r = run(text, mode, conv)
            except AssertionError as e:
                r = "AssertionError: " + str(e)
            print(repr(text), conv, mode, r)
