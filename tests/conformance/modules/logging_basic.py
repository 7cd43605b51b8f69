import io
import logging
import sys

FILE = (lambda: 0).__code__.co_filename


class Scrubbed:
    # A stream that hides this script's path (it differs between machines).
    def write(self, text):
        sys.stdout.write(text.replace(FILE, "FILE"))

    def flush(self):
        pass


print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items())[:3])

root = logging.getLogger()
print(root, root.level, root.getEffectiveLevel(), logging.getLogger() is root)
logging.basicConfig(stream=Scrubbed(), level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s")
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error %(a)s %(b)s", {"a": 1, "b": 2})
logging.critical("critical")
logging.log(15, "verbose")

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(app, db, db.parent is app, app.parent is root, app.getChild("db") is db)
deep = logging.getLogger("x.y.z")
mid = logging.getLogger("x.y")
print(deep.parent is mid, mid.parent is root)
app.setLevel("WARNING")
db.info("hidden")
db.warning("db warning")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR))

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
app.addHandler(h)
app.propagate = False
db.error("to buffer only")
print(repr(buf.getvalue()))
print(app.hasHandlers(), len(app.handlers))

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname-$message", style="$"))
h2.setLevel(logging.ERROR)
app.addHandler(h2)
app.warning("warn: buffer only")
app.error("error: both")
print(buf.getvalue().count("\n"))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


f = OnlyOdd()
app.addFilter(f)
for i in range(4):
    app.error("n=%d", i)
app.removeFilter(f)
app.addFilter(lambda r: "secret" not in r.getMessage())
app.error("a secret")
app.error("public")

flt = logging.Filter("app.db")
rec = logging.LogRecord("app.db.x", logging.INFO, "p.py", 3, "m %s", ("a",), None)
print(flt.filter(rec), logging.Filter("app.d").filter(rec), logging.Filter().filter(rec))
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
print(repr(rec))

try:
    raise ValueError("boom")
except ValueError:
    logging.exception("caught")
try:
    raise KeyError("k")
except KeyError as e:
    logging.error("with exc_info", exc_info=e)

fmt = logging.Formatter("%(levelname)-8s %(message)s [%(custom)s]")
rec = logging.makeLogRecord({"msg": "made", "levelname": "INFO", "custom": "c"})
print(fmt.format(rec))
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec.created = 0.0
print(len(fmt.format(rec).split()[0]))
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("%(x)s", style="!")
except ValueError as e:
    print("ValueError:", e)
try:
    fmt = logging.Formatter("%(missing)s")
    fmt.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)
try:
    root.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    root.setLevel(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError:", e)

logging.basicConfig(stream=sys.stdout, force=True, format="%(name)s %(message)s", level="INFO")
adapter = logging.LoggerAdapter(logging.getLogger("svc"), {"user": "ann"})
adapter.info("hello")
print(adapter, adapter.isEnabledFor(logging.DEBUG))


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs


Ctx(logging.getLogger("svc"), {"user": "bob"}).warning("ctx")
logging.getLogger("svc").info("extra: %s", "x", extra={"k": 1})
try:
    logging.getLogger("svc").info("bad", extra={"msg": 1})
except KeyError as e:
    print("KeyError:", e)
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
logging.disable(logging.NOTSET)
logging.info("back on")
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("nothing")
print(repr(logging.StreamHandler(sys.stdout)).startswith("<StreamHandler"), repr(logging.NullHandler()))
print(logging.getLogger("svc").manager is logging.Logger.manager, "svc" in logging.Logger.manager.loggerDict)
print(logging.BASIC_FORMAT)
logging.shutdown()


import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


rec = logging.makeLogRecord({"msg": "epoch", "created": 86400.5, "msecs": 500.0})
print(UTCFormatter("%(asctime)s %(message)s").format(rec))
logging.Formatter.converter = time.gmtime
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%H:%M").format(rec))


def conv(self, t):
    return time.gmtime(t + 3600)


class Shifted(logging.Formatter):
    converter = conv


print(Shifted("%(asctime)s").format(rec))
