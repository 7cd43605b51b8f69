# textwrap's ValueError for a width that is not positive
import textwrap
print(textwrap.fill("a b c", width=3))
textwrap.wrap("a b c", width=0)
