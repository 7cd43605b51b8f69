# textwrap.dedent and textwrap.indent
import textwrap

print(repr(textwrap.dedent("""
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t\ta\n\t  b\n\t\tc")))
print(repr(textwrap.dedent("   \n  a\n    \n  b\n  ")))
print(repr(textwrap.dedent("  hello\n  world\r\n  !")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("\n\n")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")))
print(repr(textwrap.indent("a\n\nb", ". ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree\n", "  ", lambda line: "o" in line)))
try:
    textwrap.indent("x", 5)
except TypeError as e:
    print("TypeError:", e)
