#!/bin/sh
# demo.sh: show what each program in bin/ makes of the sample articles in
# examples/ (run by `make demo`). A program not built yet is skipped with one
# line; the script exits 1 if any step that ran failed.
set -u
LC_ALL=C
export LC_ALL

cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdemo.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
failed=0

# title NAME TEXT: a section heading.
title() {
	printf '\n== %s: %s\n' "$1" "$2"
}

# have PROG: true if bin/PROG is built, else say the section is skipped.
have() {
	if [ -x "bin/$1" ]; then
		return 0
	fi
	printf '\n== %s: not built yet, skipped\n' "$1"
	return 1
}

# run PROG ARG...: run bin/PROG into $tmp/out; on a non-zero exit status,
# show its messages and remember the failure. Pipelines read $tmp/out after,
# so that the program's own status is the one checked.
run() {
	prog=$1
	shift
	"bin/$prog" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 0 ]; then
		return 0
	fi
	printf '%s failed (exit %d):\n' "$prog" "$rc"
	sed 's/^/    /' "$tmp/err"
	failed=1
	return 1
}

if have nfix-encoding; then
	title nfix-encoding "mojibake repaired in examples/harbour-strike.txt (--explain: LINE FIXES BEFORE AFTER)"
	run nfix-encoding --explain examples/harbour-strike.txt && cat "$tmp/out"
fi

if have nstrip-boilerplate; then
	for f in examples/*.txt examples/*.html; do
		title nstrip-boilerplate "lines dropped from $f (-v)"
		run nstrip-boilerplate -v "$f" && cat "$tmp/out"
	done
fi

if have nquotes; then
	title nquotes "who is quoted most in examples/*.txt"
	if have npack && have nfix-encoding && have nstrip-boilerplate; then
		echo '$ npack examples/*.txt | nfix-encoding -D | nstrip-boilerplate -D | nquotes -D | cut -f2 | sort | uniq -c | sort -rn | head'
		run npack examples/*.txt && cp "$tmp/out" "$tmp/packed" &&
		    run nfix-encoding -D "$tmp/packed" && cp "$tmp/out" "$tmp/fixed" &&
		    run nstrip-boilerplate -D "$tmp/fixed" && cp "$tmp/out" "$tmp/kept" &&
		    run nquotes -D "$tmp/kept" &&
		    cut -f2 "$tmp/out" | sort | uniq -c | sort -rn | head
	else
		echo '$ nquotes examples/*.txt | cut -f2 | sort | uniq -c | sort -rn | head'
		run nquotes examples/*.txt &&
		    cut -f2 "$tmp/out" | sort | uniq -c | sort -rn | head
	fi
fi

if have ndates; then
	title ndates "dates in examples/river-flood.txt (VALUE TYPE TEXT)"
	run ndates examples/river-flood.txt && cat "$tmp/out"
fi

if have nentities; then
	title nentities "the people mentioned most in examples/*.txt (count, name)"
	echo '$ nentities -c --no-id examples/*.txt | awk ... | sort -rn | head'
	run nentities -c --no-id examples/*.txt &&
	    awk -F '\t' '$2 == "PER" { n[$3] += $1 }
		END { for (k in n) printf "%7d  %s\n", n[k], k }' "$tmp/out" |
	    sort -rn | head
fi

if have npack && have nunpack; then
	title "npack, nunpack" "examples/ packed into -D lines and unpacked again"
	if run npack examples; then
		awk -F '\t' '{ printf "%-32s %7d bytes in one line\n", $1, length($0) - length($1) - 1 }' \
		    "$tmp/out"
		mv "$tmp/out" "$tmp/packed"
		if run nunpack -d "$tmp/copy" "$tmp/packed"; then
			if diff -r examples "$tmp/copy/examples"; then
				echo "round trip: diff -r finds no difference"
			else
				echo "round trip: the copy differs"
				failed=1
			fi
		fi
	fi
fi

exit "$failed"
