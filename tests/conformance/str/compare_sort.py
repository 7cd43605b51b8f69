# String ordering is by code point; sorting strings with keys.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "éclair", "Zebra", "10", "9"]
print(sorted(words))
print(sorted(words, reverse=True))
def lower_key(w):
    return w.lower()
print(sorted(words, key=lower_key))
print(sorted(words, key=len))
def len_then_alpha(w):
    return (len(w), w)
print(sorted(words, key=len_then_alpha))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "aa" < "aaa" < "b", "abc" > "abC", "" == "", " " < "!")
print("10" < "9", int("10") < int("9"))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
print("apple" in words, "Cherry" in words, words.index("date"))
print(ord(max("hello world")), ord(min("hello world")))
ranks = {}
for i, w in enumerate(sorted(words)):
    ranks[w] = i
print(ranks)
print([w for w in words if "A" <= w[0] <= "Z"])
print(sorted("Hello World"), "".join(sorted("dcba")))
