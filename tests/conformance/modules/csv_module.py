# csv: reader, writer, DictReader, DictWriter, dialects, quoting, errors
import csv
import io

rows = [["name", "qty", "note"], ["apple", 3, "red, round"], ["pear", 1.5, 'says "hi"'],
        ["multi", 0, "line one\nline two"], ["", None, ""], ["x"], [""], [None], []]
for kw in ({}, {"lineterminator": "\n"}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"delimiter": ";", "quotechar": "'"}, {"doublequote": False, "escapechar": "\\"},
           {"dialect": "excel-tab"}, {"dialect": "unix"}):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    print(kw, [w.writerow(r) for r in rows[:4]])
    w.writerows(rows[4:])
    text = out.getvalue()
    print(repr(text))
    back = list(csv.reader(io.StringIO(text, newline=""), **kw))
    print(back)

lines = ['a,"b,c",d\r\n', '"x""y" ,z\n', "", '"multi\n', 'line",end', " sp, ace ,  x"]
print(list(csv.reader(lines)))
print(list(csv.reader(lines, skipinitialspace=True)))
r = csv.reader(["1,2.5,\"3\",x"], quoting=csv.QUOTE_NONNUMERIC)
try:
    print(next(r))
except ValueError as e:
    print("ValueError", e)
print(next(csv.reader(['1,2.5,"three",'], quoting=csv.QUOTE_NONNUMERIC)))
for lines in (["a\\,b,c\\\nd", "e"], ["c\\\n", "e"], ["x\\"], ["x\\", "y"], ['"a\\', 'b"']):
    print(list(csv.reader(lines, escapechar="\\")))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(["a|b|'c|d'"], delimiter="|", quotechar="'")))
for bad, kw in ((['a,"b'], {"strict": True}), (['"a"b'], {"strict": True}), (["a\rb,c"], {}),
                ([b"bytes"], {}), (["nul\0"], {})):
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print("Error", e)
print(list(csv.reader(['a,"b'])))
r = csv.reader(["a,b", "c", "d,e,f"])
print([(row, r.line_num) for row in r], r.dialect.delimiter, type(r).__name__)

for kw in ({"delimiter": "ab"}, {"quotechar": 5}, {"quoting": 9}, {"lineterminator": 1}, {"bogus": 1},
           {"delimiter": None}, {"escapechar": "ab"}, {"lineterminator": None}, {"quoting": None},
           {"quoting": True}, {"quotechar": None, "quoting": csv.QUOTE_ALL}):
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError", e)
for row, kw in ((["a,b"], {"quoting": csv.QUOTE_NONE}), ([""], {"quoting": csv.QUOTE_NONE}), (5, {})):
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error", e)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"', "e\\"])
print(repr(out.getvalue()))

data = "id,name,score\r\n1,ann,9.5\r\n\r\n2,bob\r\n3,cy,7,extra,more\r\n"
dr = csv.DictReader(io.StringIO(data), restkey="rest", restval="?")
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(["a;b", "1;2"], delimiter=";")), list(csv.DictReader([])))
print(list(csv.DictReader(["1,2"], fieldnames=["p", "q"])))
out = io.StringIO()
dw = csv.DictWriter(out, ["id", "name"], restval="-")
print(dw.writeheader())
dw.writerow({"id": 1, "name": "a,b"})
dw.writerows([{"id": 2}, {"name": "only"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "zzz": 0})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["id"], extrasaction="ignore").writerow({"id": 4, "zzz": 0})
try:
    csv.DictWriter(out, ["id"], extrasaction="skip")
except ValueError as e:
    print("ValueError", e)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, d.lineterminator == "\r\n", d.doublequote, d.escapechar)
out = io.StringIO()
csv.writer(out, "pipes").writerow([1, "a"])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes")):
    try:
        f()
    except csv.Error as e:
        print("Error", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", 2])
csv.writer(out, Semi()).writerow(["c", 3])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), Semi)))
try:
    class Bad(csv.Dialect):
        delimiter = ""
        quotechar = '"'
        lineterminator = "\n"
        quoting = 0
    Bad()
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error.__module__, issubclass(csv.Error, Exception), csv.excel.delimiter, csv.excel_tab.delimiter == "\t")
