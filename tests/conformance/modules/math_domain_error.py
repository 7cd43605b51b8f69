import math

for f, x in [(math.sqrt, -1), (math.acos, 2), (math.atanh, 1), (math.sin, math.inf)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f, x in [(math.exp, 1000), (math.cosh, 1000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, "OverflowError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(e)
print(math.sqrt("4"))
