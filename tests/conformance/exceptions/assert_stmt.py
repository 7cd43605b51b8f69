# assert with and without message, message evaluation, and AssertionError attributes.
def check(x):
    assert x > 0
    return "ok " + str(x)

print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)

try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("message object:", e.args[0], type(e.args[0]).__name__)

calls = []
def msg():
    calls.append("msg called")
    return "lazy"

assert True, msg()
print("calls after passing assert:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)

try:
    assert None, 42
except AssertionError as e:
    print(repr(e))

# assert on a tuple is always true (SyntaxWarning in source, but valid)
values = (False, "x")
assert values
print("tuple assert passed")

# assert is an AssertionError which is an Exception
try:
    assert "" or 0
except Exception as e:
    print(isinstance(e, AssertionError), [c.__name__ for c in type(e).__mro__])

# raising AssertionError explicitly
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e)

def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), "item " + str(i) + " is " + type(item).__name__
    return sum(items)

for data in [[1, 2], [1, "2"], [3.0]]:
    try:
        print(validate(data))
    except AssertionError as e:
        print("invalid:", e)
