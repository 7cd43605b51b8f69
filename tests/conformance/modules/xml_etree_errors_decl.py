# xml.etree.ElementTree: ParseError for bad XML declarations, prolog text, comments, PIs and names.
import xml.etree.ElementTree as ET

docs = ["<?xml version='1.0:'?><a/>", "<?xml rsion='1.0'?><a/>", "<?xml version='1.0'#?><a/>",
        "<?xml?><a/>", "<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>",
        "<?xml version='1.'?><a/>", "<?xml version='2.0'?><a/>",
        "<?xml version='1.0' standalone='maybe'?><a/>", "<?xml version='1.0' encoding='9x'?><a/>",
        "<?xml version='1.0'encoding='utf-8'?><a/>", "<?xml encoding='utf-8'?><a/>",
        "<?xml version = \"1.1\" ?><a/>", "<?xml version='1.0' standalone='no' encoding='x'?><a/>",
        "<?xml version='1.0' ?><a/>", "<?p><a/>", "<a><?p><b/></a>", "<a><?p", "<!x><a/>",
        "<!DOCT x><a/>", "x y<a/>", "x<a/>", "-<a/>", "=<a/>", "a><b/>", "><a/>",
        "<a><!-- x -- y --></a>", "<a><!--x--->", "<a><!-x--></a>", "<a b:c='1'/>",
        "<a b:='1'/>", "<a::b/>", "<a:b:c/>", "<:a/>", "<a><c d='&quotx;'/b></a>",
        "<a><c d='&'/></a>", "<a><c d='x'/\n</a>", "<a></a:>", "<a></:a>",
        "<r xmlns:p='u'><p:a/><p:b></p:b></r>", "<a>&#x41;&#97;&#x1f600;</a>"]
for d in docs:
    try:
        r = ET.fromstring(d)
        print(repr(d), "parsed", r.tag, repr(r.text))
    except ET.ParseError as e:
        print(repr(d), e.code, e.position, e)
