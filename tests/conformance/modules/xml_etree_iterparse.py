# xml.etree.ElementTree: iterparse, XMLPullParser events and incremental feeding.
import io
import xml.etree.ElementTree as ET

data = b"""<?xml version="1.0" encoding="utf-8"?>
<root xmlns:a="urn:a"><a:x n="1">t\xc3\xa9xt</a:x><!--c--><y xmlns="urn:d"><z/></y><?pi v?></root>"""
for events in [None, ("start", "end"), ("start", "end", "start-ns", "end-ns"),
               ("end", "comment", "pi")]:
    it = ET.iterparse(io.BytesIO(data), events)
    out = []
    for ev, obj in it:
        if isinstance(obj, ET.Element):
            out.append((ev, obj.tag if isinstance(obj.tag, str) else obj.text))
        else:
            out.append((ev, obj))
    print(events, out, it.root.tag)
# Feeding a byte at a time gives the same tree.
p = ET.XMLPullParser(("start", "end"))
seen = []
for i in range(len(data)):
    p.feed(data[i:i + 1])
    seen.extend((ev, el.tag) for ev, el in p.read_events())
p.close()
seen.extend((ev, el.tag) for ev, el in p.read_events())
print(seen)
p = ET.XMLPullParser()
p.feed("<a><b>1</b>")
print([(ev, el.tag, el.text) for ev, el in p.read_events()])
p.feed("<b>2</b></a>")
print([(ev, el.tag, el.text) for ev, el in p.read_events()])
p.close()
print(list(p.read_events()))
# A syntax error surfaces after the events before it.
p = ET.XMLPullParser(("start",))
p.feed("<a><b></c>")
got = []
try:
    for ev, el in p.read_events():
        got.append(el.tag)
except ET.ParseError as e:
    print(got, e)
it = ET.iterparse(io.BytesIO(b"<a><b/><c></a>"))
got = []
try:
    for ev, el in it:
        got.append(el.tag)
except ET.ParseError as e:
    print(got, e.position, e)
# Elements built from a big document: counts and a round trip.
root = ET.Element("root")
for i in range(200):
    ET.SubElement(root, "c", i=str(i)).text = "v%d" % i
blob = ET.tostring(root)
back = ET.fromstring(blob)
print(len(back), back[199].get("i"), back[7].text, ET.tostring(back) == blob)
print(sum(1 for _ in ET.iterparse(io.BytesIO(blob), ("start", "end"))))
