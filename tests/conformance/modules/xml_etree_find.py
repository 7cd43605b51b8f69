# xml.etree.ElementTree: the ElementPath subset of find, findall, findtext, iterfind.
import xml.etree.ElementTree as ET

doc = ET.fromstring("""<lib>
<book id="1" lang="en"><title>A</title><year>2001</year></book>
<book id="2" lang="fr"><title>B</title><year>1999</year><note/></book>
<book id="3"><title>C</title><section><title>C.1</title></section></book>
<mag><title>M</title></mag>
</lib>""")

def tags(path, elem=doc, ns=None):
    r = elem.findall(path, ns)
    print(repr(path), [(e.tag, e.get("id"), e.text) for e in r])

for path in ["book", "*", ".", "book/title", "*/title", ".//title", "book//title",
             "book[@lang]", "book[@lang='fr']", "book[@lang!='fr']", "book[note]",
             "book[title='C']", "book[title!='C']", "book[1]", "book[2]/title",
             "book[last()]", "book[last()-1]", "book/..", "book/title/..", ".//section/..",
             "./book/year", "book/", "nothing", ".//*[@id='2']/title", "book[.='AB']",
             "*[title='M']", "book[.!='A2001']", "book[year!='2001']", "book[@id=\"3\"]/section/title"]:
    tags(path)
print(doc.find("book").get("id"), doc.find("nothing"), doc.findtext("book/title"),
      repr(doc.findtext("book/note")), doc.findtext("nothing", "dflt"), repr(doc.findtext("nothing")))
print([e.text for e in doc.iterfind(".//year")])
ns = ET.fromstring("""<r xmlns="urn:d" xmlns:x="urn:x">
<x:a>1</x:a><b>2</b><x:b>3</x:b><c xmlns="">4</c></r>""")
m = {"x": "urn:x", "d": "urn:d"}
tags("x:a", ns, m)
tags("d:b", ns, m)
tags("{urn:x}b", ns)
tags("{urn:d}b", ns)
tags("{*}b", ns)
tags("{urn:x}*", ns)
tags("{}*", ns)
tags("{*}*", ns)
tags("c", ns)
tags("{}c", ns)
tags("b", ns, {"": "urn:d"})
tags(".//{urn:x}a", ns)
tree = ET.ElementTree(doc)
print(len(tree.findall("book")), tree.find("mag/title").text, tree.findtext("mag/title"),
      [e.tag for e in tree.iterfind("mag")])
for bad in ["/book", "book[0]", "book[last()+1]", "book[foo()]", "book[@]", "x:y", "//"]:
    try:
        print(bad, doc.findall(bad, {"a": "b"} if bad == "x:y" else None))
    except SyntaxError as e:
        print(bad, type(e).__name__, e)
