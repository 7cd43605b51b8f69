# Dict comprehensions: key collisions, ordering, filtering, inverting, from strings.
print({x: x * x for x in range(6)})
print({c: ord(c) for c in "hello"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x % 3: x for x in range(10)})
d = {"apple": 3, "banana": 6, "cherry": 6, "date": 1}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 2})
print({k.upper(): len(k) for k in d})
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({w: w[::-1] for w in "abc def".split()})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
print({1: "a", 1.0: "b"}, {k: k for k in [1, 1.0, True]})
print({})
print({k: 0 for k in []}, len({x: x for x in range(100)}))
words = "the cat and the hat and the bat".split()
freq = {w: words.count(w) for w in words}
print(freq)
print(sorted(freq))
lengths = {w: len(w) for w in words if len(w) == 3}
print(lengths, list(lengths.keys()))
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(3)}
for r in range(3):
    print("".join([grid[(r, c)] for c in range(3)]))
squares = {n: n ** 2 for n in range(-3, 4)}
print(squares, {v: k for k, v in squares.items()})
print({str(i): i for i in range(3)} == {"0": 0, "1": 1, "2": 2})
