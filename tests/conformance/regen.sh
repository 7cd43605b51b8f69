#!/usr/bin/env bash
# regen.sh -- regenerate the expected-output (.out) files of the ouro
# conformance corpus from the reference implementation, CPython 3.11.
#
# Usage:
#   tests/conformance/regen.sh                 # every **/*.py under this dir
#   tests/conformance/regen.sh a/x.py b/y.py   # only the listed scripts
# Works from any cwd; listed paths are taken relative to the cwd if they
# exist there, otherwise relative to this script's directory.
#
# Each NAME.py is run as
#     cd "$(dirname NAME.py)" && PYTHONHASHSEED=0 python3 -X utf8 NAME.py
# (stdin is /dev/null) and NAME.out is written next to it.
#
# .out format (byte-exact, UTF-8):
#   1. the script's stdout, byte for byte;
#      if stdout is non-empty and does not end in "\n", a single "\n" is
#      appended (corpus scripts always end their output with a newline, so
#      in practice this never happens);
#   2. the line   "--- exit N"   where N is the process exit status
#      (0 on success, 1 for an uncaught exception or a SyntaxError);
#   3. only when N != 0: the line  "--- " + LAST  where LAST is the last
#      non-empty line of stderr with trailing whitespace removed, e.g.
#      "--- ZeroDivisionError: division by zero".
#   Every line, including the last, ends with "\n".  The rest of stderr
#   (the traceback) is deliberately not recorded, except for scripts with
#   the line "# conformance: full traceback": for them item 3 is the line
#   "--- traceback" followed by the whole of stderr, the script's directory
#   removed from file names.
#
# Example for a script that prints "hi" and then divides by zero:
#     hi
#     --- exit 1
#     --- ZeroDivisionError: division by zero
set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"

if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
    echo "regen.sh: $PY is not CPython 3.11" >&2
    exit 2
fi

scripts=()
if [ "$#" -eq 0 ]; then
    while IFS= read -r -d '' f; do
        # Helper modules imported by scripts are listed in a MODULES file beside them.
        if [ -f "$(dirname "$f")/MODULES" ] && grep -qxF "$(basename "$f")" "$(dirname "$f")/MODULES"; then
            continue
        fi
        scripts+=("$f")
    done < <(find "$HERE" -name '*.py' -type f -print0 | sort -z)
else
    for a in "$@"; do
        if [ -f "$a" ]; then
            scripts+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
        elif [ -f "$HERE/$a" ]; then
            scripts+=("$HERE/$a")
        else
            echo "regen.sh: no such script: $a" >&2
            exit 2
        fi
    done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

count=0
for f in "${scripts[@]}"; do
    dir="$(dirname "$f")"
    base="$(basename "$f" .py)"
    out="$dir/$base.out"
    (
        cd "$dir" &&
        PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 30 "$PY" -X utf8 "$base.py" </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
    )
    rc=$?
    {
        cat "$tmp/stdout"
        if [ -s "$tmp/stdout" ] && [ "$(tail -c 1 "$tmp/stdout" | od -An -c | tr -d ' ')" != '\n' ]; then
            printf '\n'
        fi
        printf -- '--- exit %d\n' "$rc"
        if [ "$rc" -ne 0 ] && grep -qx '# conformance: full traceback' "$f"; then
            # The whole of stderr, the script's directory taken out of
            # file names (CPython prints the script's absolute path).
            printf -- '--- traceback\n'
            sed -e "s|\"$dir/|\"|g" "$tmp/stderr"
            if [ -s "$tmp/stderr" ] && [ "$(tail -c 1 "$tmp/stderr" | od -An -c | tr -d ' ')" != '\n' ]; then
                printf '\n'
            fi
        elif [ "$rc" -ne 0 ]; then
            last="$(sed -e 's/[[:space:]]*$//' "$tmp/stderr" | grep -v '^$' | tail -n 1)"
            printf -- '--- %s\n' "$last"
        fi
    } >"$out"
    count=$((count + 1))
done
echo "regen.sh: wrote $count .out file(s)" >&2
