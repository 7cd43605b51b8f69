# argparse: parsing (actions, nargs, types, choices, defaults, abbreviations, --, subcommands, groups, Namespace)
import os
os.environ["COLUMNS"] = "80"
import sys
import argparse

def run(parser, args):
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        print(args, "-> SystemExit", e.code)
        return None
    print(args, "->", ns)
    return ns

p = argparse.ArgumentParser(prog="demo")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--mode", action="store_const", const="fast", default="slow")
p.add_argument("--level", type=int, choices=[1, 2, 3], default=1)
p.add_argument("--tag", action="append")
p.add_argument("--flag", action="append_const", const=1, dest="flags")
p.add_argument("--pair", nargs=2)
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=float)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("-n", type=int)
p.add_argument("--size", default="10", type=int)
for args in [
    ["a"], ["a", "b"], ["a", "-vvv"], ["-v", "a", "-v", "b", "--verbose"], ["a", "-q", "--no-cache", "--mode"],
    ["a", "--level", "2"], ["a", "--level=3"], ["a", "--tag", "x", "--tag=y", "--flag", "--flag"],
    ["a", "--pair", "k", "v", "b"], ["a", "--many"], ["a", "--many", "1", "2", "--", "b"],
    ["--some", "1", "2.5", "--", "a"], ["a", "--opt"], ["a", "--opt", "X"], ["a", "--opt=Y", "b"],
    ["a", "--ext", "1", "2", "--ext", "3"], ["a", "-n5"], ["a", "-n", "-5"], ["a", "-n=7"],
    ["a", "--verb"], ["a", "--le", "2"], ["--", "-a", "-b"], ["a", "--size", "3"], ["-qv", "a"], ["-vq", "a"],
]:
    run(p, args)
ns = p.parse_args(["x"])
print(ns.src, ns.dst, ns.verbose, vars(ns) == vars(p.parse_args(["x"])))

# errors: each prints usage and a message to stderr and exits with 2
for args in [[], ["a", "b", "c"], ["a", "--level", "4"], ["a", "--level", "x"], ["a", "--pair", "k"],
             ["a", "--some"], ["a", "--bogus"], ["a", "-n"], ["a", "--quiet=1"], ["a", "-qx"], ["a", "--m"],
             ["a", "--some", "x"], ["a", "-n", "1.5"]]:
    run(p, args)

# parse_known_args
print(p.parse_known_args(["a", "--bogus", "b", "-x"]))

# exit_on_error=False raises ArgumentError
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
e.add_argument("--c", choices=["x", "y"])
for args in [["--n", "q"], ["--c", "z"], ["--n"]]:
    try:
        e.parse_args(args)
    except argparse.ArgumentError as err:
        print(type(err).__name__, err.argument_name, "|", err.message, "|", err)

# type functions and ArgumentTypeError
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("x", type=even)
t.add_argument("--h", type=lambda s: int(s, 16))
run(t, ["4"])
run(t, ["3"])
run(t, ["2", "--h", "ff"])
run(t, ["2", "--h", "zz"])

# required options, mutually exclusive groups
g = argparse.ArgumentParser(prog="g")
g.add_argument("--name", required=True)
ex = g.add_mutually_exclusive_group()
ex.add_argument("--fast", action="store_true")
ex.add_argument("--slow", action="store_true")
rq = g.add_mutually_exclusive_group(required=True)
rq.add_argument("--on", action="store_const", const=1)
rq.add_argument("--off", action="store_const", const=0)
for args in [["--name", "x", "--on"], ["--on"], ["--name", "x"], ["--name", "x", "--on", "--off"],
             ["--name", "x", "--fast", "--slow", "--on"], ["--name", "x", "--fast", "--fast", "--off"]]:
    run(g, args)

# positional nargs combinations
n = argparse.ArgumentParser(prog="n")
n.add_argument("first", nargs=2)
n.add_argument("middle", nargs="*")
n.add_argument("last")
n.add_argument("--x")
for args in [["1", "2", "3"], ["1", "2", "3", "4", "5"], ["1", "2", "--x", "X", "3", "4"], ["1", "2"], ["1", "--x", "X", "2", "3"]]:
    run(n, args)
plus = argparse.ArgumentParser(prog="plus")
plus.add_argument("items", nargs="+", type=int)
run(plus, ["1", "2", "3"])
run(plus, [])
star = argparse.ArgumentParser(prog="star")
star.add_argument("items", nargs="*", default=["d"])
star.add_argument("--", dest="dd")
run(star, [])
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
run(rem, ["ls", "-l", "--all", "x"])

# negative numbers
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-y", type=float)
run(neg, ["-5", "-y", "-2.5"])
neg2 = argparse.ArgumentParser(prog="neg2")
neg2.add_argument("-1", dest="one", action="store_true")
neg2.add_argument("x", nargs="?")
run(neg2, ["-1"])
run(neg2, ["-2"])

# subcommands
s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command")
c = sub.add_parser("commit")
c.add_argument("-m", "--message", required=True)
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", aliases=["p"])
pu.add_argument("remote", nargs="?", default="origin")
for args in [["commit", "-m", "hi"], ["--debug", "push"], ["p", "upstream"], [], ["commit"], ["pull"], ["push", "a", "b"]]:
    run(s, args)
req = argparse.ArgumentParser(prog="req")
rs = req.add_subparsers(dest="cmd", required=True)
rs.add_parser("go")
run(req, [])
run(req, ["go"])

# defaults
dft = argparse.ArgumentParser(prog="dft", argument_default=argparse.SUPPRESS)
dft.add_argument("--a")
dft.add_argument("--b", default=5)
dft.set_defaults(c=3, b=6)
run(dft, [])
run(dft, ["--a", "1"])
print(dft.get_default("b"), dft.get_default("c"), dft.get_default("zz"))

# prefix_chars, allow_abbrev, conflicts, parents
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+-")
pc.add_argument("+x", action="store_true")
pc.add_argument("-y")
run(pc, ["+x", "-y", "1"])
ab = argparse.ArgumentParser(prog="ab", allow_abbrev=False)
ab.add_argument("--verbose", action="store_true")
run(ab, ["--verb"])
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--foo1")
amb.add_argument("--foo2")
run(amb, ["--foo", "1"])
try:
    amb.add_argument("--foo1")
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-x", "--ex", help="old")
res.add_argument("-x", help="new", dest="new")
run(res, ["-x", "1", "--ex", "2"])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--common", default="c")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("own")
run(child, ["o", "--common", "z"])
print(child.format_help(), end="")

# add_argument errors
for kwargs in [dict(action="nope"), dict(nargs=0), dict(const=1), dict(type="int"), dict(nargs=2, metavar=("A",)), dict(nargs="x")]:
    try:
        argparse.ArgumentParser().add_argument("--z", **kwargs)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
for args, kwargs in [(("x",), dict(required=True)), (("x",), dict(dest="y")), (("--",), {}), (("x-",), dict()), (("*x",), {})]:
    try:
        pp = argparse.ArgumentParser()
        pp.add_argument(*args, **kwargs)
        print("ok", pp._actions[-1].dest)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    argparse.ArgumentParser().add_mutually_exclusive_group().add_argument("--r", required=True)
except ValueError as err:
    print("ValueError", err)

# Namespace
ns = argparse.Namespace(b=2, a=1)
print(ns, repr(ns), ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), "a" in ns, "c" in ns)
setattr(ns, "not valid", 3)
print(ns)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace(x=1) == {"x": 1})

# parse_args() reads sys.argv; -h and --version print and exit 0
sys.argv = ["prog.py", "in.txt", "-v"]
print(p.parse_args())
print(argparse.ArgumentParser().prog)
h = argparse.ArgumentParser(prog="h", description="helpful")
h.add_argument("--version", action="version", version="h 2.0")
for args in [["-h"], ["--version"], ["--help", "extra"]]:
    try:
        h.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
h.print_usage()
h.print_help()
print(repr(p._actions[1]))
print(repr(argparse.ArgumentParser(prog="r")))
