# conformance: full traceback
# Notes in an uncaught group's tree, printed as CPython 3.11's interpreter
# prints them: each line of a note with the margin, a note whose str()
# fails, a __notes__ tuple, a string as __notes__ (a sequence of one-letter
# notes) and one that is not a sequence (its repr, with no newline).


class Unprintable:
    def __str__(self):
        raise ValueError("no str")


a = ValueError("a")
a.__notes__ = ["first", 5, Unprintable(), "line one\nline two", "x\ry\n", ""]
b = TypeError("b")
b.__notes__ = ("in a tuple",)
c = KeyError("c")
c.__notes__ = "abc"
d = OSError("d")
d.__notes__ = 42
e = ValueError("e")
e.add_note("the last member's note")
group = ExceptionGroup("notes", [a, b, c, d, e])
group.add_note("the group's own note")
raise group
