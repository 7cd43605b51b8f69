# xml.etree.ElementTree: building trees, Element's list and attribute API, serialization.
import xml.etree.ElementTree as ET

root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, root.attrib, root.text, root.tail, len(root), ET.iselement(root), ET.iselement("x"))
c1 = ET.SubElement(root, "child", name="one")
c1.text = "first & <second>"
c2 = ET.SubElement(root, "child", {"name": "two"})
c2.tail = "tail\n"
c3 = root.makeelement("other", {})
root.append(c3)
root.insert(0, ET.Element("zero"))
print([e.tag for e in root], len(root), root[1].get("name"), root[-1].tag)
print([e.tag for e in root[1:3]], root[::2][0].tag)
root.remove(c3)
print([e.tag for e in root], c3 in list(root))
root.extend([ET.Element("x"), ET.Element("y")])
del root[-1]
root[0] = ET.Element("new0")
print([e.tag for e in root])
root[3:] = [ET.Element("p"), ET.Element("q")]
print([e.tag for e in root])
print(root.get("a"), root.get("zz"), root.get("zz", "dflt"), sorted(root.keys()), sorted(root.items()))
root.set("c", "3 \"quoted\" <&>\n\t")
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(c1, encoding="utf-8"))
print(ET.tostring(c1, encoding="UTF-8"))
print(ET.tostring(c1, encoding="utf8"))
print(ET.tostring(c1, encoding="us-ascii"))
print(ET.tostring(c1, xml_declaration=True))
print(ET.tostring(c1, encoding="unicode", xml_declaration=True))
print(ET.tostring(c1, encoding="iso-8859-1"))
u = ET.Element("u")
u.text = "caf\u00e9 \u20ac \U0001f600"
print(ET.tostring(u), ET.tostring(u, encoding="utf-8"), ET.tostring(u, encoding="latin-1"))
print(repr(ET.tostring(u, encoding="unicode")))
print(ET.tostring(root, method="text"), ET.tostring(root, encoding="unicode", method="text"))
h = ET.fromstring("<html><head><script>a &lt; b &amp;&amp; c</script></head><body><br/><p class='x&quot;y'>hi<img src='a'/></p></body></html>")
print(ET.tostring(h, method="html"))
print(b"".join(ET.tostringlist(root)) == ET.tostring(root))
# Comments, processing instructions, QName.
r = ET.Element("r")
r.append(ET.Comment(" a comment "))
r.append(ET.PI("target", "data here"))
r.append(ET.ProcessingInstruction("bare"))
print(ET.tostring(r), r[0].tag is ET.Comment, r[1].tag is ET.PI, r[1].text, r[2].text)
q = ET.QName("http://ex.com/ns", "tag")
print(q, repr(q), q.text, q == "{http://ex.com/ns}tag", q == ET.QName("{http://ex.com/ns}tag"), q < "{z}")
e = ET.Element(q, {ET.QName("http://ex.com/ns", "at"): "v"})
print(ET.tostring(e))
# iter and itertext.
t = ET.fromstring("<a>A<b>B<c>C</c>c-tail</b>b-tail<c>C2</c><!--x--></a>")
print([x.tag for x in t.iter()], [x.tag for x in t.iter("c")], [x.tag for x in t.iter("*")])
print(list(t.itertext()), "".join(t.itertext()))
# clear, copy, deepcopy.
import copy
d = copy.deepcopy(t)
s = copy.copy(t)
t[0].text = "changed"
print(d[0].text, s[0].text, s[0] is t[0], d[0] is t[0])
t.clear()
print(t.tag, t.attrib, t.text, len(t))
print(ET.tostring(ET.Element("e", {"n": 1}) if False else ET.Element("e")))
