# Re-raising with bare raise, raise of the caught object, and raising classes vs instances.
def bare():
    try:
        int("abc")
    except ValueError:
        print("handling, then re-raising")
        raise

try:
    bare()
except ValueError as e:
    print("re-raised:", type(e).__name__, e)

def reraise_obj():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e

try:
    reraise_obj()
except KeyError as e:
    print("raise e:", repr(e))

# raising a class instantiates it
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), e.args)

# raise something that is not an exception
for bad in [42, "text", None]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# re-raise after handling a nested exception keeps the outer one
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except Exception as e:
    print("still:", type(e).__name__, e)

# raising a non-exception class
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
