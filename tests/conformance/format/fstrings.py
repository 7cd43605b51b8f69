# f-strings: expressions, conversions, format specs (with nested fields), escapes.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2:>6} {-n:+}")
print(f"{pi:.2f} {pi:10.4f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{name!r} {name!s} {'é'!a} {name!r:>10}|")
print(f"{items} {items[0]} {items[-1]} {len(items)} {d['key']} {d['n'] * 2}")
print(f"{{literal}} {{{n}}} {{}}")
print(f"")
print(f"no fields")
print(f"{name}" f"{n}" "plain" f"{pi:.1f}")
width = 12
prec = 3
print(f"[{pi:{width}.{prec}f}] [{name:^{width}}] [{name:*<{width - 4}}]")
print(f"[{n:{'>' if n > 0 else '<'}{width}}]")
print(f"{n:#x} {n:#o} {n:#b} {n:08_b} {255:X} {1234567:,} {1234567:_}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{[x * 2 for x in items]} {dict(a=1)} {(1, 2)}")
print(f"{n if n > 40 else 0} {'yes' if not items else 'no'}")
print(f"{3.0:g} {1e20:g} {0.0001:g} {float('inf'):>6} {-0.0:z.1f}")
print(f"{True} {None} {True:d} {False:>5}")
f = lambda x: x * 10
print(f"{f(4)} {(lambda: 'lam')()} {max(items)} {str(n).zfill(5)}")
print(f"multi {n} line {name}".upper())
print(f"{'quote'!r} {'a' 'b'}")
print(f"tab\there {n}\n{name}")
s = f"{n}"
print(type(s).__name__, len(s), s == "42")
for i in range(3):
    print(f"row {i}: {i ** 2:>3} {'*' * i}")
