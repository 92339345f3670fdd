#!/bin/sh
# Make an end-to-end case from what the program does now; read out before
# committing it: the case records behaviour, it does not judge it.
# Usage: mkcase.sh PROG NAME 'COMMAND LINE' [INPUT-FILE]
# With ERR=1 in the environment, standard error is recorded too.
[ $# -ge 3 ] || { echo "usage: mkcase.sh prog name 'cmd' [input]" >&2; exit 2; }
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$top/tests/cases/$1/$2
mkdir -p "$dir" || exit 2
printf '%s\n' "$3" >"$dir/cmd"
[ -n "$4" ] && cp "$4" "$dir/in"
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cp -R "$dir" "$tmp/w"
in=/dev/null
[ -f "$dir/in" ] && in=$dir/in
(cd "$tmp/w" && PATH=$top/bin:$PATH LC_ALL=C exec sh ./cmd) <"$in" >"$dir/out" 2>"$tmp/err"
st=$?
[ $st = 0 ] && rm -f "$dir/status" || echo $st >"$dir/status"
[ "${ERR:-0}" = 1 ] && cp "$tmp/err" "$dir/err"
echo "$2: exit $st"
cat "$tmp/err" >&2
