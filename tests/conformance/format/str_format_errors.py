# str.format errors: CPython's messages for malformed markup and lookups.
def attempt(fmt, *rest):
    try:
        print(repr(fmt), "->", repr(fmt.format(1, "two", [3], x=4)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

for fmt in ["{} {1}", "{1} {}", "{3}", "{y}", "}", "{", "a}b", "x{", "{0", "{0:", "{0!", "{0!r", "{!x}",
            "{0!rr}", "{0!}", "{0.}", "{2[]}", "{2[0}", "{2]}", "{2[0]x}", "{a{b}", "{0:{1:{0}}}", "{:d}",
            "{1:d}", "{0:s}", "{x:q}", "{2[9]}", "{0.real}", "{1[0]}", "{x[0]}",
            "{99999999999999999999999}", "{2[99999999999999999999]}", "{0:{}}", "{!r}{0}",
            "{0:-^{1}}", "{0!s:}", "{:}{:}{:}{:}", "{0:{x}}", "{}}", "{{}", "{:{:{}}}"]:
    attempt(fmt)
