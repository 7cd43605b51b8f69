# Tuple and list comparisons: pairs of ints, floats and strs compare without
# copying the items (`sequence_compare_pure`); any other pair takes the
# general path, which this checks gives the same answers.
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2, 3), (1, 2)), ((), ()), ((1.5, 'a'), (1.5, 'b')),
         (('b',), ('a', 'z')), ((1, 2.0), (1, 2)), ((True, 1), (1, 0)),
         (('é', 1), ('z', 0)), ([1, [2]], [1, [3]]), ((-0.0, 1), (0.0, 2)), ((1, None), (1, None)), ((1, 'a'), (1, 2)),
         ((2**70, 1), (2**70, 0)), (("ab", 1), ("abc", 0)), (('\U0001F600',), ('\uffff',))]
for a, b in pairs:
    r = []
    for op in ('<', '<=', '==', '!=', '>', '>='):
        try:
            r.append(eval(f"a {op} b"))
        except TypeError as e:
            r.append(str(e))
    print(a, b, r)
print(sorted([(i % 10, -i) for i in range(30)])[:6])
print(sorted(["b", "a", "é", "Z", "ab"], key=lambda s: (len(s), s)))
