# textwrap: wrap, fill, shorten and TextWrapper's options, including hyphen and em-dash breaks
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known phrase -- used "
        "for testing typewriters and fonts -- it contains every letter of the "
        "English alphabet.  Supercalifragilisticexpialidocious words get broken.")

for width in (10, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine! \"Yes.\" ok", 12, fix_sentence_endings=True))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 12, tabsize=4))
print(textwrap.wrap("tabs\there\tand\tthere", 12, expand_tabs=False))
print(textwrap.wrap("keep\nnew\nlines", 40, replace_whitespace=False))
print(textwrap.wrap("a-b-c-d e--f g---h well-known-thing x-y-z", 6))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5))

# max_lines and placeholder
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 60))
print(textwrap.shorten("  spaced   out\n text  ", 40))

# A reusable TextWrapper whose attributes are read at each call.
w = textwrap.TextWrapper(width=18, subsequent_indent="> ")
print(w.wrap(text[:80]))
w.width = 25
w.initial_indent = "# "
print(w.fill(text[:80]))
print(w.width, w.max_lines, repr(w.placeholder), w.break_on_hyphens)

for kwargs in ({"width": 0}, {"width": -3}, {"width": 5, "max_lines": 2, "placeholder": " [......]"}):
    try:
        textwrap.wrap("some text here", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.shorten("abc", 3, max_lines=2)
except TypeError as e:
    print("TypeError:", e)
print(sorted(textwrap.__all__))
