# the errors CPython raises for complex values: TypeError, ZeroDivisionError, OverflowError, ValueError
cases = [
    "(1+2j) // 2", "(1+2j) % 2", "divmod(1j, 2)", "1j < 2", "1j >= 1j", "1j / 0", "1j / 0j", "1 / 0j",
    "0j ** -1", "0j ** 1j", "0 ** -1j", "(1+1j) ** (10 ** 6)", "(1e200j) ** 2", "int(1j)", "float(1j)",
    "~1j", "1j & 1", "1j << 1", "round(1j)", "pow(1j, 2, 3)", "complex('1', 2)", "complex(1, '2')",
    "complex([])", "complex(1, [])", "complex(10 ** 400)", "1j + 10 ** 400", "1j * [1]", "[1] * 1j",
    "'a' + 1j", "1j + 'a'", "(1j).conjugate(1)", "1j.foo", "complex(1, 2, 3)", "hash([1j])",
    "sorted([1j, 2j])", "abs(complex(1e308, 1e308) * 2)", "complex(x=1)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__ + ":", e)
