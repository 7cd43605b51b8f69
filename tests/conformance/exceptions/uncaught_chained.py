# An uncaught exception raised with `from` inside a handler: only the final line is recorded.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e

total = 0
for s in ["1", "22", "333"]:
    total += parse(s)
    print("running total", total)

try:
    parse("4x")
except RuntimeError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def process(items):
    results = []
    for it in items:
        results.append(parse(it))
        print("parsed", it)
    return results

print(process(["7", "8"]))
process(["9", "ten", "11"])
