# unittest.mock: patch, patch.object, patch.dict and patch.multiple as decorators, context managers and start/stop
import os
import os.path
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, NonCallableMagicMock, DEFAULT, sentinel


def r(obj):
    return repr(obj).split(" id=")[0] + ">"


class Target:
    attr = "original"

    def method(self):
        return "real method"

    @staticmethod
    def static():
        return "real static"


CONFIG = {"a": 1, "b": 2}


def helper():
    return "real helper"


def uses_helper():
    return helper()


# patch as a context manager, with the default MagicMock and with `new`.
with patch("__main__.helper") as fake:
    fake.return_value = "fake helper"
    print(uses_helper(), r(fake), isinstance(fake, MagicMock))
print(uses_helper())
with patch("__main__.helper", new=lambda: "lambda helper") as fake:
    print(uses_helper(), fake())
with patch("__main__.helper", return_value=5) as fake:
    print(uses_helper(), fake.call_count)
with patch("os.path.exists", return_value=True) as exists:
    print(os.path.exists("/definitely/not/here"), exists.call_args)
print(os.path.exists("/definitely/not/here"))


# As a decorator: mocks are passed positionally, bottom decorator first.
@patch("__main__.helper")
@patch.object(Target, "method")
def decorated(method_mock, helper_mock, extra="x"):
    method_mock.return_value = "patched method"
    helper_mock.return_value = "patched helper"
    return Target().method(), uses_helper(), r(method_mock), r(helper_mock), extra


print(decorated())
print(decorated(extra="y"))
print(Target().method(), uses_helper(), decorated.__name__)


@patch("__main__.helper", new=sentinel.replacement)
def with_new():
    return helper


print(with_new())


# patch.object with `new`, create=True and attribute errors.
with patch.object(Target, "attr", "patched attr"):
    print(Target.attr)
print(Target.attr)
with patch.object(Target, "brand_new", create=True, new=3):
    print(Target.brand_new)
print(hasattr(Target, "brand_new"))
try:
    with patch.object(Target, "missing"):
        pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)
try:
    with patch("__main__.nothere"):
        pass
except AttributeError as e:
    print("AttributeError:", str(e).split(" does ")[1])
with patch.object(Target, "static") as st:
    st.return_value = "fake static"
    print(Target.static(), Target().static())
print(Target.static())

# spec, spec_set, autospec-free variants and new_callable.
with patch.object(Target, "method", spec=True) as sm:
    print(r(sm))
with patch("__main__.Target", spec=True) as cls_mock:
    inst = cls_mock()
    print(r(cls_mock), r(inst), r(inst.method))
    try:
        inst.nope
    except AttributeError as e:
        print("AttributeError:", e)
with patch("__main__.CONFIG", new_callable=dict) as d:
    print(d, CONFIG)
with patch.object(Target, "attr", new_callable=lambda: "from callable") as v:
    print(v, Target.attr)
try:
    patch("__main__.helper", new=1, new_callable=list)
except ValueError as e:
    print("ValueError:", e)

# start / stop / stopall.
p = patch("__main__.helper", return_value="started")
started = p.start()
print(uses_helper(), r(started))
p.stop()
print(uses_helper())
p1 = patch.object(Target, "attr", "one")
p2 = patch.dict(CONFIG, {"c": 3})
p1.start()
p2.start()
print(Target.attr, sorted(CONFIG.items()))
patch.stopall()
print(Target.attr, sorted(CONFIG.items()))

# patch.dict: values, keyword entries, clear, decorator, string target.
with patch.dict(CONFIG, {"a": 100}, z=26) as cfg:
    print(sorted(CONFIG.items()), cfg is CONFIG)
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(sorted(CONFIG.items()))
with patch.dict("os.environ", {"OURO_MOCK_TEST": "1"}):
    print(os.environ["OURO_MOCK_TEST"])
print("OURO_MOCK_TEST" in os.environ)


@patch.dict(CONFIG, {"deco": True})
def dict_decorated(x):
    return sorted(CONFIG), x


print(dict_decorated(5), sorted(CONFIG))
try:
    with patch.dict(CONFIG, {"temp": 1}):
        CONFIG["inner"] = 2
        raise RuntimeError("inside")
except RuntimeError as e:
    print("RuntimeError:", e, sorted(CONFIG))

# patch.multiple.
with patch.multiple(Target, attr="m1", method=DEFAULT) as values:
    print(Target.attr, sorted(values), r(values["method"]))
print(Target.attr)


@patch.multiple("__main__", helper=DEFAULT, CONFIG={"x": 0})
def multi(helper):
    return r(helper), CONFIG


print(multi(), CONFIG == {"a": 1, "b": 2})
try:
    patch.multiple(Target)
except ValueError as e:
    print("ValueError:", e)


# Class decoration patches each test method.
@patch("__main__.helper", return_value="class patched")
class Suite:
    def test_one(self, h):
        return uses_helper(), h.call_count

    def test_two(self, h):
        h()
        return h.call_count

    def other(self):
        return uses_helper()


s = Suite()
print(s.test_one(), s.test_two(), s.other())

# Exceptions propagate and the patch is undone.
try:
    with patch.object(Target, "attr", "temp"):
        raise KeyError("k")
except KeyError:
    print("KeyError; attr is", Target.attr)

# create_autospec basics.
spec_fn = mock.create_autospec(helper, return_value="auto")
print(spec_fn(), spec_fn.call_count)
