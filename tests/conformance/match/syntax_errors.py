# match: the compile-time errors CPython gives for patterns (unreachable cases, names, keys, syntax)
cases = [
"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
"match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
"match x:\n    case _ | 1:\n        pass\n",
"match x:\n    case y | 1:\n        pass\n",
"match x:\n    case [a, *b, *c]:\n        pass\n",
"match x:\n    case [a, a]:\n        pass\n",
"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
"match x:\n    case {1: 1, True: 2}:\n        pass\n",
"match x:\n    case 1 | a:\n        pass\n",
"match x:\n    case (a, 1) | (b, 2):\n        pass\n",
"match x:\n    case C(a=1, a=2):\n        pass\n",
"match x:\n    case C(a=1, 2):\n        pass\n",
"match x:\n    case f'{x}':\n        pass\n",
"match x:\n    case 1 as _:\n        pass\n",
"match x:\n    case 1 + 2:\n        pass\n",
"match x:\n    case 1j + 2:\n        pass\n",
"match x:\n    case *a:\n        pass\n",
"match x:\n    case {**_}:\n        pass\n",
"match x:\n    case {**r, 'a': 1}:\n        pass\n",
"match x:\n    case a.b():\n        pass\n    case y if y:\n        pass\n    case z:\n        pass\n",
"match x:\n    case [a, b] | [b, a]:\n        pass\n",
"match x:\n    case {'a': y} | {'b': y}:\n        pass\n",
"match x:\ncase 1: pass\n",
"match x:\n    case 1:\n    pass\n",
"match x:\n    1\n",
"match x:\n    case __debug__:\n        pass\n",
"match x:\n    case 1 as __debug__:\n        pass\n",
"match x:\n    case (1 as a) as a:\n        pass\n",
"match x:\n    case a.b | c:\n        pass\n",
"match x:\n    case -1j:\n        pass\n",
"match x:\n    case -1 - 2j:\n        pass\n",
"match *x, y:\n    case 1:\n        pass\n",
"match = 5\nprint(match)\n",
"match(1)\n",
"case = 3\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
