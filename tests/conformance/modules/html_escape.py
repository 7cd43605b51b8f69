import html

for s in ["plain", "a < b && c > d", "\"quoted\" and 'single'", "", "&amp;", "<script>alert('x')</script>"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

cases = [
    "no refs here", "&amp; &lt; &gt; &quot; &apos;", "&amp &lt &gt &quot",
    "&AMP; &Amp; &copy &copy; &COPY", "&notin; &notit; &noti; &not &nothing",
    "&#65; &#65 &#x41; &#X41 &#x; &#; &# &#xyz",
    "&#0; &#13; &#128; &#129; &#150; &#159; &#160;",
    "&#1; &#8; &#11; &#12; &#14; &#31; &#127; &#64976; &#65534; &#65535;",
    "&#x1FFFE; &#x10FFFF; &#x110000; &#xD800; &#xDFFF; &#55296 &#99999999999999999999;",
    "&#x000000041; &#0000065", "&&amp;; &;&", "&nbsp;x&nbspx", "&unknown; &zz",
    "&acE; &NotEqualTilde; &bne; &fjlig;", "&Tab;&NewLine;", "&ThickSpace;|",
    "&" + "a" * 40 + ";", "&amp" + "z" * 40, "&\u00e9; &lt\u00e9", "tail &",
    "&lt;&lt;&lt;", "&#x3C;&#60&#x3c", "&gt;x &GT;y &gt", "a&b&c;d",
]
for s in cases:
    print(repr(s), "->", repr(html.unescape(s)))

print(html.unescape(html.escape("<&>\"'")))
print(sorted(html.__all__))
