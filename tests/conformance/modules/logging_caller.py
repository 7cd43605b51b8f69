# logging: the caller's file, line and function in records; stack_info; stacklevel; captureWarnings; traceback's stack functions
import io
import logging
import traceback
import warnings

FILE = (lambda: 0).__code__.co_filename

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def helper(msg):
    log.info("helper says %s", msg)
    log.warning("from the caller", stacklevel=2)


def work(n):
    for i in range(n):
        log.debug("step %d", i)
    helper("hi")


class Thing:
    def act(self):
        log.error("acting")
        return traceback.extract_stack()


work(3)
stack = Thing().act()
log.info("top level")
adapter = logging.LoggerAdapter(log, {})
adapter.info("through an adapter")
print(stream.getvalue(), end="")
print([(f.name, f.lineno, f.line) for f in stack])


def inner():
    return traceback.format_stack(limit=2)


def outer():
    return inner()


print("".join(outer()).replace(FILE, "FILE"), end="")
print(len(traceback.extract_stack(limit=-1)), traceback.extract_stack(limit=-1)[0].name)

stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter("%(message)s"))
log.info("with stack", stack_info=True)
print(stream.getvalue().replace(FILE, "FILE"), end="")

stream.seek(0)
stream.truncate()
pw = logging.getLogger("py.warnings")
pw.addHandler(handler)
logging.captureWarnings(True)
warnings.warn("captured!")
logging.captureWarnings(False)
print(stream.getvalue().replace(FILE, "FILE"), end="")
