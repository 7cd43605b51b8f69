"""Reading and writing CSV files: reader, writer, DictReader, DictWriter,
dialects (excel, excel-tab, unix and registered ones) and the quoting
constants, with the parsing and quoting rules of CPython 3.11's _csv.

ouro's csv is written in Python; Sniffer is not here.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "__version__",
           "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """The largest field a reader accepts; with an argument, sets it and
    returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_ABSENT = object()


def _one_char(name, value, default, allow_none):
    if value is _ABSENT:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if allow_none else "", type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _flag(value, default):
    return default if value is _ABSENT else bool(value)


class _DialectSpec:
    """A checked set of formatting parameters (what reader.dialect is)."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote",
                 "skipinitialspace", "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **params):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in params:
            if name not in self.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)

        def param(name):
            if name in params:
                return params[name]
            return getattr(dialect, name, _ABSENT)

        self.delimiter = _one_char("delimiter", param("delimiter"), ",", False)
        quotechar = param("quotechar")
        self.quotechar = _one_char("quotechar", quotechar, '"', True)
        self.escapechar = _one_char("escapechar", param("escapechar"), None, True)
        self.doublequote = _flag(param("doublequote"), True)
        self.skipinitialspace = _flag(param("skipinitialspace"), False)
        self.strict = _flag(param("strict"), False)
        lineterminator = param("lineterminator")
        if lineterminator is _ABSENT:
            lineterminator = "\r\n"
        elif lineterminator is None:
            raise TypeError("lineterminator must be set")
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        quoting = param("quoting")
        if quoting is _ABSENT:
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif not 0 <= quoting <= 3:
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")


_DialectSpec.__name__ = _DialectSpec.__qualname__ = "Dialect"
_DialectSpec.__module__ = "_csv"


def register_dialect(name, dialect=None, **fmtparams):
    """Registers the dialect (with fmtparams overriding it) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectSpec(dialect, **fmtparams)


def unregister_dialect(name):
    """Removes the dialect registered under name."""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The registered dialects' names."""
    return list(_dialects)


# The reader's states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of a line, after its characters


class _Reader:
    """Iterates over the records (lists of fields) of the lines an
    iterable gives."""

    def __init__(self, lines, dialect="excel", **fmtparams):
        self._lines = iter(lines)
        self.dialect = _DialectSpec(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        text = "".join(self._field)
        if len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._field.append(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._field.append(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._field.append("\n" if c is _EOL else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                # (The state stays: after an escaped line end, the end of
                # this line does not end the record, as in CPython.)
                self._field.append(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._field.append(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._field.append("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._field.append(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._field.append(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        # _EAT_CRNL
        if c == "\n" or c == "\r":
            return
        if c is _EOL:
            self._state = _START_RECORD
            return
        raise Error("new-line character seen in unquoted field - do you need "
                    "to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        d = self.dialect
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file "
                            "should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            plain = (self._state == _START_RECORD and d.quoting == QUOTE_MINIMAL
                     and not d.skipinitialspace and d.escapechar is None
                     and d.quotechar not in line)
            if plain:
                # No quotes or escapes: the fields are the delimited parts.
                body = line.rstrip("\r\n")
                if "\r" in body or "\n" in body:
                    plain = False
                elif body:
                    fields = body.split(d.delimiter)
                    for field in fields:
                        if len(field) > _field_limit:
                            raise Error("field larger than field limit (%d)" % _field_limit)
                    return fields
                else:
                    return []
            for c in line:
                self._char(c)
            self._char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = _Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the records (lists of str) in csvfile, any
    iterable of lines (a file opened with newline='')."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Writes records as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect="excel", **fmtparams):
        self._write = fileobj.write
        self.dialect = _DialectSpec(dialect, **fmtparams)

    def _field(self, text, quoted):
        d = self.dialect
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one record; returns what the file's write returned."""
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            text = "" if field is None else field if isinstance(field, str) else str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Writes every record of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of records to csvfile (an object with a write method; a
    file opened with newline='')."""
    return _Writer(csvfile, dialect, **fmtparams)


class Dialect:
    """The base of dialect classes: set the class attributes (delimiter,
    quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
    quoting, strict) in a subclass."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectSpec(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Excel's CSV: comma-separated, double quotes, CRLF line ends."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Excel's tab-separated files."""

    delimiter = "\t"


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Files as Unix tools write them: every field quoted, LF line ends."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Reads records as dicts keyed by the field names (the first row's
    fields unless fieldnames is given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        names = len(self.fieldnames)
        if names < len(row):
            d[self.restkey] = row[names:]
        elif names > len(row):
            for key in self.fieldnames[len(row):]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as records, their values in fieldnames' order."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a record."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        """Writes one dict as a record."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Writes every dict of rowdicts."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
