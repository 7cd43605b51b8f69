# TypeError: '<' not supported between str and int, raised by sorted() on mixed types.
print(sorted([3, 1, 2]), sorted(["b", "a"]))
print(1 == "1", 1 != "1", [1] == ["1"])
mixed = ["b", 1]
print(sorted(mixed))
