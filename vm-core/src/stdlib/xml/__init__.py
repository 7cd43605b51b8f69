"""XML processing: the ElementTree API (xml.etree) and the SAX
escaping helpers (xml.sax.saxutils), over a parser written in Python."""
