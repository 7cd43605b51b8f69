# complex literals, constructor forms and CPython's repr/str of complex values
print(1j, 2j, 1.5j, 0j, 1e3j, 1E-5J, 10_000j)
print(2+3j, 2-3j, -1j, -0j, 1-0j, -(1+2j), +(1-2j))
print(repr(1+2j), str(1.5-2.5j), [1j, -2j], (3+0j,))
print(complex(), complex(1), complex(1.5, -2), complex(True, 2.5), complex(-0.0, -0.0))
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(1j, 1j), complex(1+2j), complex(2, 3j))
print(complex(real=2), complex(imag=3), complex(real=1, imag=-1))
print(complex(1e16, 1e-5), complex(123456789012345.0, 0.1), complex(1e300 * 10, 1), complex(1, -1e300 * 10))
nan = float("nan")
inf = float("inf")
print(complex(nan, inf), complex(-inf, nan), complex(0, nan), complex(nan, -nan), complex(inf, -inf))
for s in ["1+2j", "  ( 1+2j )  ", "-j", "+j", "j", "1_0j", "1e3J", "+1.5e-3-2.5E2j", "3-j", "5", "-0", "(7)", "inf-nanj", "nanj", "-infj", "1.j", ".5-.5j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "(1", "x", "1j2", "1 + 2j", "j1", "1e", "1+2j)", "()", "1__0j", "jj"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(type(1j).__name__, type(1j) is complex, isinstance(2+0j, complex), isinstance(1j, float))
print((3+4j).real, (3+4j).imag, (1+2j).conjugate(), (5).real, (2.5).imag)
print(f"{1+2j}", "%s and %r" % (1j, -1j), str(complex(2, 0)))
