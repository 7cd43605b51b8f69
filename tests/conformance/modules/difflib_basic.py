# difflib: SequenceMatcher (blocks, opcodes, ratios, junk, autojunk), ndiff with its ? guide lines, unified_diff, get_close_matches
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % (tag, i1, i2, j1, j2))
s = difflib.SequenceMatcher(None, "a" * 150 + "b" * 60, "a" * 140 + "c" + "b" * 60)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])
s = difflib.SequenceMatcher(None, "a" * 150 + "b" * 60, "a" * 140 + "c" + "b" * 60, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])
print(difflib.SequenceMatcher(None, "", "").ratio())

a = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
b = "one\ntwo!\nthree\n4\nfive\nsix\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.ndiff(["\tabc de\n"], ["\tabd  de\n"])), end="")
print("".join(difflib.ndiff(["x\n", "y\n"], ["totally\n", "different\n", "lines\n"])), end="")
print("".join(difflib.ndiff(["same\n", "aaa\n"], ["same\n", "zzz\n", "aaa\n"])), end="")
print(list(difflib.ndiff(["abc"], ["abd"])))

lines1 = ["line %d\n" % i for i in range(20)]
lines2 = list(lines1)
lines2[3] = "changed 3\n"
del lines2[10]
lines2.insert(15, "new\n")
print("".join(difflib.unified_diff(lines1, lines2, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="", fromfiledate="d1", tofiledate="d2")))
print(list(difflib.unified_diff(["x"], ["x"])))
print(list(difflib.unified_diff([], ["new"], n=0, lineterm="")))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "steel", "whale"], n=2, cutoff=0.5))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x = 1\n"))
print(list(difflib.Differ().compare(["a b\n"], ["a  b\n"])))
