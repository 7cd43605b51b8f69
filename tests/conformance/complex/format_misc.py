# complex: format specs (CPython's format_complex_internal), %-formatting, conjugate of int/float, misc
tests = ['f"{1+2j:.2f}"', '"{:>10}".format(1j)', 'format(1j)', 'format(1.5-2j, "")', 'format(1+2j, "g")', 'format(3j, "^12")', 'format(1+2j, "10.3e")', 'complex("1e500j")', 'math.sqrt(1j)', '(5).conjugate()', '(2.5).conjugate()', 'True.conjugate()', '1j.__class__', 'complex.__name__', 'repr(complex)', '[1j, 2j].index(2j)', 'sorted([3, 1], key=lambda v: abs(v * 1j))', 'max(abs(1j), 0.5)', '1j ** 2 == -1', 'str(-1j)', 'complex(" 3 ")', 'complex("1e-1j")']
import math
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__ + ':', e)
for spec in ["", "g", ".2f", "10.3e", "^20", "<15.1f", "+", "+.3g", " ", "z.1f", ",.2f", "#g", ">", "n", ".0f", "12"]:
    for z in [1+2j, -1.5-0.25j, 3j, complex(-0.0, 0.0), complex(1e20, -1e-7), complex(1234567.5, 2)]:
        try: print(repr(spec), repr(format(z, spec)))
        except Exception as e: print(repr(spec), type(e).__name__, e)
for spec in ["010", "=10", "x", "d", "%"]:
    try: print(format(1j, spec))
    except Exception as e: print(repr(spec), type(e).__name__, e)
print("%s %r" % (1j, 2j), "{0} {0!r} {0:.1f}".format(1+1j))
