#!/bin/sh
# Run the end-to-end cases: tests/cases/PROG/NAME/ holds
#   cmd     a shell command line, run in a scratch copy of the case directory
#           with bin/ first in PATH
#   in      its standard input (else /dev/null)
#   out     the standard output expected, byte for byte
#   status  the exit status expected (else 0)
#   err     the standard error expected (optional)
# Usage: run-cases.sh [PROG ...] (default: every program's cases).
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
LC_ALL=C
export PATH LC_ALL
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

pass=0
fail=0
progs=${*:-$(ls "$top/tests/cases")}
for prog in $progs; do
	for dir in "$top/tests/cases/$prog"/*/; do
		dir=${dir%/}
		[ -f "$dir/cmd" ] || continue
		name=$prog/${dir##*/}
		rm -rf "$tmp/w"
		cp -R "$dir" "$tmp/w"
		in=/dev/null
		[ -f "$dir/in" ] && in=$dir/in
		want=0
		[ -f "$dir/status" ] && want=$(cat "$dir/status")
		(cd "$tmp/w" && exec sh ./cmd) <"$in" >"$tmp/out" 2>"$tmp/err"
		got=$?
		ok=1
		[ "$got" = "$want" ] || ok=0
		cmp -s "$tmp/out" "$dir/out" || ok=0
		if [ -f "$dir/err" ] && ! cmp -s "$tmp/err" "$dir/err"; then
			ok=0
		fi
		if [ $ok = 1 ]; then
			pass=$((pass + 1))
			continue
		fi
		fail=$((fail + 1))
		echo "FAIL $name: $(cat "$dir/cmd")"
		echo "  exit status $got, expected $want"
		diff "$dir/out" "$tmp/out" | head -n 20 | sed 's/^/  /'
		[ -f "$dir/err" ] && diff "$dir/err" "$tmp/err" | head -n 10 | sed 's/^/  /'
		[ "$in" != /dev/null ] && od -c "$in" | head -n 8 | sed 's/^/  in: /'
		sed 's/^/  stderr: /' "$tmp/err" | head -n 5
	done
done
echo "cases: $pass passed, $fail failed"
[ $fail = 0 ]
