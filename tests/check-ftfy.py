#!/usr/bin/env python3
"""Run ftfy's public test cases (../shared/data/ftfy-cases, Apache 2.0; used
as data only) through bin/nfix-encoding.

A case passes when the output is its `fixed-encoding`, its `fixed`, or its
`fixed` with the opt-in folds turned on (--uncurl --ligatures --width),
since ftfy folds by default what nfix-encoding folds only when asked.
Every case of negative.json must pass; the others may fail only if they
are listed, with the reason, in tests/ftfy-misses.txt.

usage: check-ftfy.py CASEDIR [-v]
"""
import json, os, subprocess, sys

FILES = ("negative", "synthetic", "in-the-wild", "language-names")
FOLDS = ["--uncurl", "--ligatures", "--width"]


def run(prog, args, lines):
    """Each case alone, without a newline: the output is the case's."""
    return [subprocess.run([prog] + args, input=s.encode("utf-8"),
                           stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
            for s in lines]


def main():
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    casedir = sys.argv[1]
    verbose = "-v" in sys.argv
    prog = os.path.join(top, "bin", "nfix-encoding")
    misses = set()
    with open(os.path.join(top, "tests", "ftfy-misses.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                misses.add(tuple(line.rstrip("\n").split("\t")[:2]))
    bad = 0
    for name in FILES:
        cases = [c for c in json.load(open(os.path.join(casedir, name + ".json"),
                                           encoding="utf-8")) if c["expect"] == "pass"]
        orig = [c["original"] for c in cases]
        plain = run(prog, [], orig)
        folded = run(prog, FOLDS, orig)
        npass = 0
        for c, p, fo in zip(cases, plain, folded):
            want = {c.get("fixed-encoding", c["fixed"]), c["fixed"]}
            ok = p in want or fo == c["fixed"]
            npass += ok
            key = (name, c["label"])
            if ok and key in misses and verbose:
                print("now passes: %s: %s" % key)
            if not ok and (name == "negative" or key not in misses):
                bad += 1
                print("FAIL %s: %s\n  in:   %r\n  want: %r\n  got:  %r"
                      % (name, c["label"], c["original"], c.get("fixed-encoding", c["fixed"]), p))
        print("ftfy %s: %d/%d" % (name, npass, len(cases)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
