# string.Template: substitute, safe_substitute, escapes, braces, identifiers
from string import Template
t = Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
print(Template("${a}b $a_1x $_z").substitute(a=1, a_1x=2, _z=3))
print(Template("trailing $").safe_substitute(), Template("bad $ here").is_valid())
print(Template("$x$y").substitute(x=[1], y=(2,)))
print(Template("ünï $name ñ").substitute(name="José"))
class Pct(Template):
    delimiter = "%"
print(Pct("%who is %% %{n}").substitute(who="me", n=3))
try:
    Template("$missing").substitute(other=1)
except KeyError as e:
    print("KeyError", e)
for bad in ["a $ b", "line1\nline2 $3", "${bad", "${}"]:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print("ValueError", e)
print(Template("$a ${b} $$ $").safe_substitute(a="A"))
