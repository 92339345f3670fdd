#!/bin/sh
# Every program has a manual page, clean under mandoc -Tlint (when mandoc is here).
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
for p in "$@"; do
	page=$top/man/$p.1
	if [ ! -f "$page" ]; then
		echo "FAIL man/$p.1: missing"
		fail=$((fail + 1))
	elif command -v mandoc >/dev/null 2>&1 &&
	    ! mandoc -Tlint -Wwarning "$page"; then
		echo "FAIL man/$p.1: mandoc -Tlint"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
echo "man: $pass passed, $fail failed"
[ $fail = 0 ]
