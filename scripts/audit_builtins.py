"""Audits ouro's built-ins against CPython 3.11's (issue 13).

    python3 scripts/audit_builtins.py [path/to/ouro]

Runs under CPython to list every name in `builtins` and every attribute
of each built-in type (and of functions, generators, coroutines, ...),
then runs a probe script under ouro that reports which of those names it
lacks (by `hasattr`, since ouro's `dir()` leaves out dunders). Prints the
missing names grouped by owner; the README's "Not supported yet" list is
written from it."""

import builtins
import json
import subprocess
import sys
import tempfile

OURO = sys.argv[1] if len(sys.argv) > 1 else 'target/release/ouro'

# Objects that are not in builtins but that scripts meet: expressions
# that make one, evaluated under both implementations.
EXTRA = {
    'function': 'lambda: 0',
    'builtin_function_or_method': 'len',
    'method': '(1).__add__ if False else [].append',
    'generator': '(x for x in ())',
    'coroutine': None,
    'NoneType': 'None',
    'ellipsis': '...',
    'NotImplementedType': 'NotImplemented',
    'dict_keys': '{}.keys()',
    'dict_values': '{}.values()',
    'dict_items': '{}.items()',
}


def reference():
    names = sorted(n for n in dir(builtins) if not n.startswith('_') or n in ('__build_class__', '__import__'))
    owners = {'builtins': names}
    for n in names:
        obj = getattr(builtins, n)
        if isinstance(obj, type):
            owners[n] = sorted(dir(obj))
    for n, expr in EXTRA.items():
        if expr:
            owners[n] = sorted(dir(eval(expr)))
    return owners


# An instance of each type, where calling it without arguments does not
# make one (a name counts as present on the type or on the instance).
SAMPLES = {
    'int': '1', 'bool': 'True', 'float': '1.5', 'complex': '1j', 'str': "'a'",
    'bytes': "b'a'", 'bytearray': "bytearray(b'a')", 'range': 'range(3)',
    'slice': 'slice(1, 2)', 'memoryview': "memoryview(b'a')", 'type': 'int',
    'classmethod': 'classmethod(len)', 'staticmethod': 'staticmethod(len)',
    'super': 'super(int, 1)', 'enumerate': 'enumerate([])', 'map': 'map(len, [])',
    'filter': 'filter(None, [])', 'reversed': 'reversed([])',
    'UnicodeDecodeError': "UnicodeDecodeError('utf-8', b'', 0, 1, 'x')",
    'UnicodeEncodeError': "UnicodeEncodeError('utf-8', '', 0, 1, 'x')",
    'UnicodeTranslateError': "UnicodeTranslateError('', 0, 1, 'x')",
}

PROBE = r'''
import builtins
owners = OWNERS
EXTRA = EXTRA_EXPRS
SAMPLES = SAMPLE_EXPRS
missing = {}
for owner, names in owners.items():
    objs = []
    if owner == 'builtins':
        objs = [builtins]
    elif owner in EXTRA:
        objs = [eval(EXTRA[owner])]
    else:
        t = getattr(builtins, owner, None)
        if t is None:
            continue
        objs = [t]
        try:
            objs.append(eval(SAMPLES[owner]) if owner in SAMPLES else t())
        except Exception:
            pass
    gone = []
    for n in names:
        ok = False
        for obj in objs:
            try:
                ok = ok or hasattr(obj, n)
            except Exception:
                pass
        if not ok:
            gone.append(n)
    missing[owner] = gone
print(repr(missing))
'''


def main():
    owners = reference()
    source = PROBE.replace('OWNERS', repr(owners)).replace('EXTRA_EXPRS', repr({k: v for k, v in EXTRA.items() if v}))
    source = source.replace('SAMPLE_EXPRS', repr(SAMPLES))
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
    out = subprocess.run([OURO, f.name], capture_output=True, text=True)
    if out.returncode:
        print(out.stdout, out.stderr)
        sys.exit(1)
    import ast
    missing = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    total = 0
    # What object (or BaseException) lacks is reported once, not on every type.
    common = set(missing.get('object', ()))
    exc_common = set(missing.get('BaseException', ()))
    for owner in owners:
        gone = missing.get(owner)
        if gone is None:
            print(f'{owner}: (the type itself is missing)')
            continue
        if owner != 'object':
            gone = [n for n in gone if n not in common]
        t = getattr(builtins, owner, None)
        if isinstance(t, type) and issubclass(t, BaseException) and t is not BaseException:
            gone = [n for n in gone if n not in exc_common]
        if gone:
            total += len(gone)
            print(f'{owner}: {" ".join(gone)}')
    print(f'-- {total} names missing')


if __name__ == '__main__':
    main()
