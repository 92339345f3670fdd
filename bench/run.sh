#!/bin/sh
# run.sh: throughput and peak memory of every program in bin/, next to cat,
# wc -w and iconv on the same input (make bench; BENCH_MB=20 for a quick run).
#
# The corpus is made from examples/ by bench/gen.awk into bench/out/ and made
# again only when missing or older than this script, gen.awk or examples/.
# Each program runs on its natural input (see plan below; a program this
# script does not know reads the text corpus as a filter), BENCH_RUNS times
# (default 5); the table shows the median run. The ratios divide a program's
# MB/s by the reference's on the same input in this same run, so > 1 is
# faster. Wall time comes from bench/rusage.c (GNU time counts only
# hundredths of a second), else python3, else GNU time; peak RSS from GNU
# time -f %M on the first run when it is installed, else from getrusage.
# BENCH_TEXT=FILE and BENCH_DOCS=FILE measure on a corpus of your own
# instead (paragraphs a line, and npack's -D lines): the sample articles
# repeat themselves far more than news does, which flatters the programs
# that keep caches (nentities most).
set -u
LC_ALL=C
export LC_ALL

cd "$(dirname "$0")/.." || exit 2
mb=${BENCH_MB:-200}
runs=${BENCH_RUNS:-5}
out=bench/out
case $mb$runs in
*[!0-9]* | 0* | "")
	echo "run.sh: BENCH_MB and BENCH_RUNS must be positive integers" >&2
	exit 2
	;;
esac

die() {
	echo "run.sh: $*" >&2
	exit 2
}

for f in "${BENCH_TEXT:-}" "${BENCH_DOCS:-}"; do
	[ -z "$f" ] || [ -r "$f" ] || die "cannot read $f"
done
mkdir -p "$out" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsbench.XXXXXX") || exit 2
trap 'rm -rf "$tmp" "$out/new.$$"' EXIT
trap 'exit 2' HUP INT TERM

# stale FILE: true if FILE is missing or older than what it is made from.
stale() {
	[ ! -s "$1" ] ||
	    [ -n "$(find bench/run.sh bench/gen.awk examples -newer "$1" | head -n 1)" ]
}

# The corpus: written to a scratch directory first, so that an interrupted
# run never leaves a partial file that looks fresh.
if stale "$out/text-$mb.txt" || stale "$out/moji-$mb.txt" ||
    stale "$out/docs-$mb.tsv" || stale "$out/html-$mb.tsv"; then
	echo "run.sh: making a $mb MB corpus in $out" >&2
	mkdir -p "$out/new.$$" &&
	    awk -v mb="$mb" -v out="$out/new.$$" -f bench/gen.awk examples/*.txt &&
	    awk -v mb="$mb" -v out="$out/new.$$" -v html=1 -f bench/gen.awk \
		examples/*.html &&
	    mv "$out/new.$$"/* "$out/" ||
	    die "cannot make the corpus"
fi

# The timer: timed FILE CMD ARG... runs CMD and appends "SECONDS MAXRSS_KB"
# to FILE, with CMD's exit status.
pytimer='import resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.call(sys.argv[2:])
t = time.monotonic() - t
m = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "a").write("%.6f %d\n" % (t, m))
sys.exit(rc if rc >= 0 else 128 - rc)'
gnutime=0
if /usr/bin/time -f %M -o "$tmp/probe" true 2>/dev/null &&
    [ -s "$tmp/probe" ]; then
	gnutime=1
fi
if { [ -x "$out/rusage" ] && [ -z "$(find bench/rusage.c -newer "$out/rusage")" ]; } ||
    ${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -o "$out/rusage" \
	bench/rusage.c 2>"$tmp/ccerr"; then
	timer=rusage.c
elif python3 -c 'import resource' 2>/dev/null; then
	timer=python3
elif [ "$gnutime" = 1 ]; then
	timer="GNU time"
else
	die "no timer: no C compiler, python3 or GNU time"
fi
timed() {
	case $timer in
	rusage.c)
		"$out/rusage" "$@" ;;
	python3)
		python3 -c "$pytimer" "$@" ;;
	*)
		f=$1
		shift
		/usr/bin/time -a -f '%e %M' -o "$f" "$@" ;;
	esac
}

# input NAME: the file of input NAME.
input() {
	case $1 in
	text)	echo "${BENCH_TEXT:-$out/text-$mb.txt}" ;;
	moji)	echo "$out/moji-$mb.txt" ;;
	docs)	echo "${BENCH_DOCS:-$out/docs-$mb.tsv}" ;;
	html)	echo "$out/html-$mb.tsv" ;;
	esac
}

# plan PROG: the inputs PROG is measured on, one "INPUT [OPTION...]" a line.
# Text filters read the text corpus; the extractors read documents (-D), as
# in a real run over a corpus, so that their memory is a document's, not the
# whole corpus's.
plan() {
	case $1 in
	nfix-encoding)	printf 'text\nmoji\n' ;;
	nstrip-boilerplate) printf 'text\nhtml -D\n' ;;
	nquotes | ndates | nentities) echo 'docs -D' ;;
	npack)		echo text ;;
	nunpack)	echo 'docs -c' ;;
	*)		echo text ;;
	esac
}

# measure LABEL INPUT CMD ARG...: run CMD ARG... FILE $runs times; set sec
# (the median wall time) and rss (KB), or print a FAILED row and return 1.
measure() {
	label=$1
	inp=$2
	file=$(input "$inp")
	shift 2
	: >"$tmp/t"
	rm -f "$tmp/rss"
	i=1
	while [ "$i" -le "$runs" ]; do
		if [ "$i" = 1 ] && [ "$gnutime" = 1 ]; then
			timed "$tmp/t" /usr/bin/time -f %M -o "$tmp/rss" \
			    "$@" "$file" >/dev/null 2>"$tmp/err"
		else
			timed "$tmp/t" "$@" "$file" >/dev/null 2>"$tmp/err"
		fi
		rc=$?
		if [ "$rc" -ne 0 ]; then
			printf '%-26s %-6s FAILED (exit %d): %s\n' "$label" "$inp" \
			    "$rc" "$(head -n 1 "$tmp/err")"
			return 1
		fi
		i=$((i + 1))
	done
	sec=$(sort -n "$tmp/t" | awk -v n="$runs" 'NR == int((n + 1) / 2) { print $1 }')
	if [ -s "$tmp/rss" ]; then
		rss=$(tail -n 1 "$tmp/rss")
	else
		rss=$(awk '$2 > m { m = $2 } END { print m + 0 }' "$tmp/t")
	fi
}

# row LABEL INPUT SEC RSS: print a row of the table; the ratios use the
# reference times cat_s, wc_s and iconv_s of the same input.
row() {
	awk -v label="$1" -v inp="$2" -v s="$3" -v rss="$4" \
	    -v bytes="$(wc -c <"$(input "$2")")" \
	    -v c="$cat_s" -v w="$wc_s" -v i="$iconv_s" '
	function ratio(ref) { return ref > 0 && s > 0 ? sprintf("%.2f", ref / s) : "-" }
	BEGIN {
		mbs = s > 0 ? sprintf("%.1f", bytes / 1048576 / s) : "-"
		printf "%-26s %-6s %9s %7s %7s %7s %8.1f %8.3f\n", label, inp, mbs,
		    ratio(c), ratio(w), ratio(i), rss / 1024, s
	}'
}

# reference LABEL INPUT CMD ARG...: measure a reference, keep its row.
reference() {
	measure "$@" || return 1
	echo "$1 $sec $rss" >>"$tmp/refs"
}

# The programs, and the inputs they read.
: >"$tmp/plan"
for p in bin/*; do
	[ -f "$p" ] && [ -x "$p" ] || continue
	plan "${p#bin/}" | while read -r inp opts; do
		printf '%s %s %s\n' "$inp" "${p#bin/}" "$opts"
	done >>"$tmp/plan"
done
[ -s "$tmp/plan" ] || die "no programs in bin/: run make first"

printf 'newsutils bench: %s MB corpus from examples/ (%s), median of %s runs\n' \
    "$mb" "$out" "$runs"
[ -z "${BENCH_TEXT:-}${BENCH_DOCS:-}" ] ||
    printf 'your corpus: text %s, docs %s\n' "${BENCH_TEXT:-(ours)}" \
    "${BENCH_DOCS:-(ours)}"
printf 'LC_ALL=C; wall time: %s; peak RSS: %s\n' "$timer" \
    "$([ "$gnutime" = 1 ] && echo 'GNU time -f %M' || echo "$timer (getrusage)")"
printf 'x cat, x wc-w, x iconv: MB/s over that of cat, wc -w, iconv on the same input\n'
printf 'inputs: text = paragraphs, 1 a line; moji = the same, 1 line in 100 mojibake;\n'
printf '        docs = the same as -D lines; html = HTML pages as -D lines\n\n'
printf '%-26s %-6s %9s %7s %7s %7s %8s %8s\n' program input MB/s 'x cat' \
    'x wc-w' 'x iconv' 'RSS MB' 'wall s'
failed=0
for inp in text moji docs html; do
	grep -q "^$inp " "$tmp/plan" || continue
	: >"$tmp/refs"
	reference cat "$inp" cat || failed=1
	reference wc "$inp" wc -w || failed=1
	reference iconv "$inp" iconv -f UTF-8 -t UTF-8 || failed=1
	cat_s=$(awk '$1 == "cat" { print $2 }' "$tmp/refs")
	wc_s=$(awk '$1 == "wc" { print $2 }' "$tmp/refs")
	iconv_s=$(awk '$1 == "iconv" { print $2 }' "$tmp/refs")
	while read -r name sec rss; do
		case $name in
		wc)	name="wc -w" ;;
		iconv)	name="iconv -f UTF-8 -t UTF-8" ;;
		esac
		row "$name" "$inp" "$sec" "$rss"
	done <"$tmp/refs"
	grep "^$inp " "$tmp/plan" >"$tmp/todo"
	while read -r inp prog opts; do
		# $opts is split into options on purpose.
		# shellcheck disable=SC2086
		if measure "$prog${opts:+ $opts}" "$inp" "bin/$prog" $opts </dev/null; then
			row "$prog${opts:+ $opts}" "$inp" "$sec" "$rss"
		else
			failed=1
		fi
	done <"$tmp/todo"
	echo
done
exit "$failed"
