# str.format: conversions, format specs (also nested ones) and brace escapes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")
        return format("$" + text, spec)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __str__(self):
        return "M" + str(self.cents)

m = Money(12345)
print("{} {!s} {!r} {!a}".format(m, m, m, "é"))
print("[{:>12}] [{:<12}] [{:^12}]".format(m, m, m))
print("[{!r:>14}] [{!s:*^10}]".format(m, m))
print("{:{}}|".format("x", 5), "{:{}{}}|".format("x", ">", 6))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{0:{1}.{2}f} {0:{3}}".format(2.5, 8, 2, "e"))
print("{:>{}}".format("auto", 8), "{0:>{1}}".format("man", 6))
print("{:{fill}^{width}}".format("mid", fill="-", width=11))
print("{{}} {{{}}} {{{{}}}}".format(7))
print("{{literal}}".format(), "}}{{".format())
print("{0:}|{0:>}|{0:5}|".format("e"))
print("{!r}".format("quote's"), "{!a}".format("\u20ac\U0001f600"))
print("{0!s:.3}".format(123456), "{0!r:.4}".format("abcdef"))
print("{:,} {:_x} {:+.2%}".format(10 ** 9, 2 ** 40, 0.0731))
print("{:c}{:c}".format(80, 121), "{:#b} {:#o}".format(5, 64))
print("{0:{1}}".format(42, "0=+8"))
print("{:%}".format(1))
nested = "{:{}}".format("{x}", 5)
print(nested, nested.format(x=1))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print("{:<12}{:>8.2f}{:>5d}{:>10,.2f}".format(name, price, qty, price * qty))
print("{0:*<{1}}{0:*>{1}}".format("ab", 4))
