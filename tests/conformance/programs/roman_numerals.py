# Program: roman numeral conversion both ways, verified for 1..3999.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, s in VALUES:
        while n >= v:
            out += s
            n -= v
    return out
SINGLE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = SINGLE[s[i]]
        if i + 1 < len(s) and SINGLE[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(str(n).rjust(4), to_roman(n))
ok = all([from_roman(to_roman(n)) == n for n in range(1, 4000)])
print("round trip ok:", ok)
def roman_len(n):
    return len(to_roman(n))
longest = max(range(1, 4000), key=roman_len)
print(longest, to_roman(longest), len(to_roman(longest)))
print(sorted(["XIV", "IX", "MMXX", "C", "XL"], key=from_roman))
counts = {}
for n in range(1, 101):
    for ch in to_roman(n):
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
