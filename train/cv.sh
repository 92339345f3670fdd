#!/bin/sh
# cv.sh: cross-validated F1 of nentities on GUM's news documents.
#
# usage: train/cv.sh [FOLDS [NTRAIN_OPTIONS...]]  (from the top of the tree,
# after make; ENTS_GUM, HUMAN_NAMES and CC/CFLAGS from the environment)
#
# The news documents are dealt into FOLDS (default 4) groups; for each, the
# tagger is trained without that group (gum2train -a -x, ntrain), linked into
# a scratch nentities, and scored on the group as tokenized text with
# capital headlines (evaldev -u). Prints the pooled span F1 per type, the
# tagger's own last-epoch figures are in the log.
set -eu
folds=${1:-4}
[ $# -gt 0 ] && shift
gum=${ENTS_GUM:-../shared/data/gum/tsv}
names=${HUMAN_NAMES:-node_modules/human-names}
cc=${CC:-cc}
cflags=${CFLAGS:--std=c11 -O2}
[ -x train/ntrain ] && [ -f lib/libnews.a ] || {
	echo "cv.sh: run make and make train/ntrain first" >&2
	exit 2
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cv.XXXXXX")
# CV_KEEP=1: keep the folds' dev files and programs in the scratch directory
if [ -n "${CV_KEEP:-}" ]; then
	echo "cv.sh: keeping $tmp" >&2
else
	trap 'rm -rf "$tmp"' EXIT
fi

ls "$gum" | sed -n 's/^\(GUM_news_[^.]*\)\.tsv$/\1/p' | sort >"$tmp/news"
k=0
while [ "$k" -lt "$folds" ]; do
	awk -v k="$k" -v f="$folds" '(NR - 1) % f == k' "$tmp/news" >"$tmp/fold"
	python3 train/gum2train.py -a -n "$names" -x "$tmp/fold" "$gum"/*.tsv \
	    >"$tmp/train"
	python3 train/gum2train.py -n "$names" -o "$tmp/fold" "$gum"/*.tsv \
	    >"$tmp/dev"
	train/ntrain "$@" -o "$tmp/model.c" "$tmp/train" >"$tmp/log" 2>&1
	$cc -D_POSIX_C_SOURCE=200809L -Ilib $cflags -c -o "$tmp/model.o" \
	    "$tmp/model.c"
	$cc -D_POSIX_C_SOURCE=200809L -Ilib $cflags -o "$tmp/nent" \
	    cmd/nentities.c "$tmp/model.o" lib/libnews.a
	python3 train/evaldev.py "$tmp/nent" "$tmp/dev" -u -c >>"$tmp/counts"
	[ -z "${CV_KEEP:-}" ] || cp "$tmp/dev" "$tmp/dev.$k"
	[ -z "${CV_KEEP:-}" ] || cp "$tmp/nent" "$tmp/nent.$k"
	[ -z "${CV_KEEP:-}" ] || cp "$tmp/model.o" "$tmp/model.o.$k"
	k=$((k + 1))
done
awk '{ c[$1] += $2; p[$1] += $3; g[$1] += $4; C += $2; P += $3; G += $4 }
function f1(c, p, g) { return p + g ? 2 * c / (p + g) : 0 }
END {
	for (t in c)
		printf "%s %.3f ", t, f1(c[t], p[t], g[t])
	printf "all %.3f (gold %d pred %d)\n", f1(C, P, G), G, P
}' "$tmp/counts"
