"""Escaping helpers for XML text and attribute values."""


def _replace_all(s, pairs):
    for old, new in pairs:
        s = s.replace(old, new)
    return s


def escape(data, entities={}):
    """data with &, < and > escaped, then each key of entities replaced
    by its value."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities.items())
    return data


def unescape(data, entities={}):
    """data with &lt;, &gt; and &amp; (and the keys of entities) turned
    back into characters."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped and quoted for use as an attribute value: double
    quotes unless it holds a double quote and no single quote."""
    entities = {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data
