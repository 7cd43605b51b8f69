"""SAX helpers: only xml.sax.saxutils (escape, unescape, quoteattr)."""
