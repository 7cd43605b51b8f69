import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"), f.format("{x:>{w}}|{y!r}|{z!a}", x="r", w=6, y="q", z="é"))
print(f.format("{0.real} {1[0]} {2[k]} {2[k]!s:*^9}", 3, [7, 8], {"k": "v"}))
print(f.format("{{literal}} {:.3f} {:,}", 3.14159, 1234567))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(list(f.parse("a{{b}}c{0!r:>{w}}d{}")))
print(list(f.parse("")), list(f.parse("plain")))
print(f.get_field("0.imag", (5,), {}), f.get_field("k[1]", (), {"k": "xyz"}))
print(f.convert_field(1, None), f.convert_field("s", "r"), f.format_field(3.5, "08.2f"))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{}{0}", (1,), {}),
                      ("{0}{}", (1,), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{1}", (1,), {}),
                      ("{x}", (), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {}), ("{0!}", (1,), {}),
                      ("{a{b}", (), {}), ("{0:{", (1,), {}), ("{0]x}", (1,), {})]:
    try:
        print(repr(fmt), f.format(fmt, *args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


s = Strict()
print(s.format("{name:upper} {missing} {0!u}", "abc", name="bob"))
try:
    s.format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError", e)
