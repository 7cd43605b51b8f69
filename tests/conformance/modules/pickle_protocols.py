import pickle

# Pickles CPython 3.11 writes, read back (every protocol).
samples = {
    0: b'(lp0\nI1\naVtwo\np1\naF3.5\na(I4\nI5\ntp2\na(dp3\nVk\np4\nNsaI01\naI00\naL123456789012345678901234567890L\na.',
    1: b']q\x00(K\x01X\x03\x00\x00\x00twoq\x01G@\x0c\x00\x00\x00\x00\x00\x00(K\x04K\x05tq\x02}q\x03X\x01\x00\x00\x00kq\x04NsL-1099511627776L\ne.',
    2: b'\x80\x02]q\x00(K\x01X\x03\x00\x00\x00twoq\x01G@\x0c\x00\x00\x00\x00\x00\x00K\x04K\x05\x86q\x02}q\x03X\x01\x00\x00\x00kq\x04Ns\x88\x89\x8a\r\xd2\n?N\xee\xe0s\xc3\xf6\x0f\xe9\x8e\x01c_codecs\nencode\nq\x05X\x02\x00\x00\x00xyq\x06X\x06\x00\x00\x00latin1q\x07\x86q\x08Rq\te.',
    3: b'\x80\x03]q\x00(C\x03abcq\x01cbuiltins\nbytearray\nq\x02C\x01zq\x03\x85q\x04Rq\x05e.',
    4: b'\x80\x04\x95%\x00\x00\x00\x00\x00\x00\x00]\x94(\x8f\x94(K\x01K\x02\x90\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94(K\t\x91\x94e.',
    5: b'\x80\x05\x95\x0e\x00\x00\x00\x00\x00\x00\x00\x96\x03\x00\x00\x00\x00\x00\x00\x00abc\x94.',
}
for proto, data in samples.items():
    print(proto, pickle.loads(data))

# Python 2 era opcodes and names.
old = [
    b"S'hello'\np0\n.",
    b"S'a\\nb\\x41\\'c'\n.",
    b"U\x03abcq\x00.",
    b"T\x02\x00\x00\x00hi.",
    b"c__builtin__\nxrange\n(I1\nI5\ntR.",
    b"c__builtin__\nset\n((lp0\nI3\natR.",
    b"(i__main__\nOld\n(dS'a'\nI1\nsb.",
    b"ccopy_reg\n_reconstructor\n(c__main__\nOld\nc__builtin__\nobject\nNtR(dVa\nI2\nsb.",
    b"c__builtin__\nlong\n(S'12'\ntR.",
    b"(I7\n2t.",
    b"\x80\x02cexceptions\nValueError\nU\x04oopsq\x00\x85R.",
]


class Old:
    def __repr__(self):
        return "Old(%r)" % vars(self)


for data in old:
    print(repr(pickle.loads(data)))
print(pickle.loads(b"S'caf\\xc3\\xa9'\n.", encoding="bytes"), pickle.loads(b"U\x02\xc3\xa9.", encoding="utf-8"))

# Every protocol's pickle of a mixed structure, and a round trip.
shared = ("s", 1)
value = [None, True, 2**70, -3, 4.5, "\u03bb", b"by", bytearray(b"ba"), shared, shared,
         {"k": [shared]}, {1, 2}, frozenset({3}), (), [()]]
for proto in range(6):
    data = pickle.dumps(value, proto)
    print(proto, data)
    print(pickle.loads(data))

# Globals by name across protocols (fix_imports maps builtins for 0-2).
for proto in range(6):
    print(proto, pickle.dumps([range, len, ValueError, FileNotFoundError, str, bytearray], proto))
    print(pickle.dumps(range, proto, fix_imports=False))
print(pickle.loads(pickle.dumps([range, len, ValueError, FileNotFoundError], 0)))
