# xml.etree.ElementTree: parsing documents: references, CDATA, namespaces, encodings, targets.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<!DOCTYPE root [
  <!ENTITY who "world">
]>
<!-- before -->
<root xmlns="urn:default" xmlns:p="urn:p" id='r1' p:attr="v&amp;w">
  text &lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600; &who;
  <p:item key="a &#10;b	c">one<![CDATA[<raw> & stuff]]>two</p:item>
  <item xmlns="">plain</item>
  <?proc some data?>
  <empty/>
</root>
<!-- after -->
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib)
print(repr(root.text))
for e in root:
    print(e.tag, e.attrib, repr(e.text), repr(e.tail))
print(ET.tostring(root))
print(ET.tostring(ET.fromstring("<r xmlns='urn:d'><a/><b>t</b></r>"), encoding="unicode", default_namespace="urn:d"))
ET.register_namespace("pp", "urn:p")
print(ET.tostring(root[0], encoding="unicode"))
print(ET.tostring(ET.fromstring("<a xmlns:x='urn:x'><x:b x:c='1'/><b/></a>"), encoding="unicode"))
# bytes input, encodings, BOM, CRLF.
print(ET.fromstring(b"<a>caf\xc3\xa9</a>").text)
print(ET.fromstring("<?xml version='1.0' encoding='iso-8859-1'?><a>caf\xe9</a>".encode("latin-1")).text)
print(repr(ET.fromstring(b"\xef\xbb\xbf<a>x\r\ny\rz</a>").text))
print(ET.XML("<a b='1'/>").attrib, ET.fromstringlist(["<a>", "te", "xt</a>"]).text)
tree, ids = ET.XMLID("<a><b id='x'/><c id='y'>t</c></a>")
print(tree.tag, sorted(ids), ids["y"].text)
# parse from a file object, ElementTree methods, write.
tree = ET.parse(io.BytesIO(b"<doc><x>1</x><x>2</x></doc>"))
print(tree.getroot().tag, [x.text for x in tree.iter("x")], tree.findtext("x"), len(tree.findall("x")))
out = io.BytesIO()
tree.write(out)
print(out.getvalue())
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())
out = io.StringIO()
tree.write(out, encoding="unicode")
print(out.getvalue())
ET.dump(tree.getroot()[0])
# Custom targets.
class Target:
    def __init__(self):
        self.events = []
        self.text = []
    def start(self, tag, attrib):
        self.events.append(("start", tag, sorted(attrib.items())))
    def end(self, tag):
        self.events.append(("end", tag, "".join(self.text)))
        self.text = []
    def data(self, data):
        self.text.append(data)
    def comment(self, text):
        self.events.append(("comment", text))
    def pi(self, target, data):
        self.events.append(("pi", target, data))
    def close(self):
        return "closed"
t = Target()
p = ET.XMLParser(target=t)
p.feed("<a x='1'><!--c--><?pi d?>hel")
p.feed("lo<b/></a>")
print(p.close())
for ev in t.events:
    print(ev)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<a><!-- c --><?p q?>t</a>")
r = p.close()
print([x.tag is ET.Comment for x in r], ET.tostring(r))
# indent
r = ET.fromstring("<a><b><c>x</c><c/></b><d/></a>")
ET.indent(r)
print(ET.tostring(r, encoding="unicode"))
ET.indent(r, space="\t", level=1)
print(ET.tostring(r, encoding="unicode"))
