# xml.etree.ElementTree: ParseError messages, codes and positions; API errors.
import xml.etree.ElementTree as ET

docs = ["", "   ", "<a>", "<a></b>", "<a><b></a>", "<a>x</a>junk", "<a/><b/>", "x<a/>",
        "<1a/>", "<a b='1' b='2'/>", "<a>&foo;</a>", "<a>&#0;</a>", "<a b=1/>", "<a b='<'/>",
        "<p:a/>", "<a", "<a>\n<b>\n</c></a>", "<a><!-- x", "<a>&amp</a>", "<a x='1'y='2'/>",
        "\n<?xml version='1.0'?><a/>", "<a>]]></a>", "<a>&#x110000;</a>", "<a b='&foo;'/>",
        "<a><![CDATA[x</a>", "<a>\u00e9<b></c></a>", "<a></a><", "<a xmlns:a=''/>",
        "<a>&#65</a>", "<a>& b</a>", "<a\n b='1'\n c/>", "<a><b/></a></a>", "  xy<a/>", "</a>",
        "<a/> xy", "<a/>\n<![CDATA[x]]>", "< a/>", "<a b='1", "<a><?pi", "<a><!DOCTYPE x></a>",
        "<!DOCTYPE", "<!-- x -- y --><a/>", "<a><b></b>", "<a>&lt;</a", "<a><?xml x?></a>"]
for d in docs:
    try:
        ET.fromstring(d)
        print(repr(d), "parsed")
    except ET.ParseError as e:
        print(repr(d), e.code, e.position, e)
print(issubclass(ET.ParseError, SyntaxError))
p = ET.XMLParser()
p.feed("<a>")
p.feed("</a>")
p.close()
try:
    ET.XMLPullParser(["start", "bogus"])
except ValueError as e:
    print(e)
e = ET.Element("a")
calls = [lambda: e.append("x"), lambda: e.insert(0, "x"), lambda: e.remove("x"),
         lambda: e.remove(ET.Element("b")), lambda: e.extend(["x"]), lambda: ET.Element("a", "x"),
         lambda: ET.SubElement("x", "b"), lambda: e.__setitem__(slice(0, 0), ["x"]),
         lambda: e[5], lambda: e.__setitem__(0, "x"), lambda: ET.tostring(ET.Element(1)),
         lambda: ET.tostring(ET.Element("a", b=1)), lambda: ET.tostring(e, method="foo"),
         lambda: ET.indent(e, level=-1), lambda: ET.tostring(e, encoding="bogus"),
         lambda: e.makeelement("x", None), lambda: ET.register_namespace("ns1", "u"),
         lambda: ET.tostring(ET.Element("x"), default_namespace="urn:d")]
for f in calls:
    try:
        print("ok", repr(f()))
    except Exception as x:
        print(type(x).__name__, x)
print(ET.TreeBuilder().close())
