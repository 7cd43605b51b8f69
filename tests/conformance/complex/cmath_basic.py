# the cmath module: sqrt, exp, log, log10, phase, polar, rect, isnan, isinf, isfinite, isclose, constants
import cmath
import math
for z in [4, -4, 1j, -1j, 3 + 4j, -3 - 4j, complex(-0.0, 0.0), complex(0.0, -0.0), 2.5, 0.9 + 0.1j, 1e-320 + 1e-320j]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.phase(z), cmath.polar(z))
    if z:
        print("  ", cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1j))
print(cmath.log(complex(1e308, 1e308)), cmath.sqrt(complex(1e308, 1e308)), cmath.exp(709.5))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(0, 0), cmath.rect(-1, -0.0), cmath.rect(3, 1))
print(cmath.isnan(complex(1, math.nan)), cmath.isnan(1j), cmath.isinf(cmath.infj), cmath.isinf(2), cmath.isfinite(1 + 1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, abs_tol=0.2))
print(cmath.isclose(1j, 1.1j, rel_tol=0.1), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(complex(math.inf, 1)), cmath.sqrt(complex(-math.inf, 1)), cmath.sqrt(complex(1, math.inf)))
print(cmath.sqrt(complex(math.nan, 1)), cmath.exp(complex(-math.inf, 1)), cmath.exp(complex(math.nan, 0)))
for bad in ["cmath.log(0)", "cmath.log(0j, 2)", "cmath.sqrt('x')", "cmath.exp(1000)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.exp(complex(1, math.inf))", "cmath.log(1, 1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
