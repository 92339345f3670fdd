#!/usr/bin/env python3
"""Score nentities on marked newswire text (train/wire.txt).

usage: evalwire.py NENTITIES FILE [-e]

FILE: documents after -DOCSTART- lines, one tokenized sentence a line,
names marked [TYPE words]; lines opening with # are comments. Each
document is given to NENTITIES -D -b -j without the marks. Prints exact
span F1 per type and in all, or with -e the missed (FN) and wrong (FP)
spans.
"""
import json, re, subprocess, sys

MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^]]+)\]|(\S+)")


def docs(path):
    cur = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if line.startswith("-DOCSTART-"):
            if cur:
                yield cur
            cur = []
        elif line.strip():
            cur.append(line)
    if cur:
        yield cur


def main():
    prog, path = sys.argv[1], sys.argv[2]
    errors = "-e" in sys.argv
    lines, golds, texts = [], [], []
    for k, doc in enumerate(docs(path)):
        text, gold = "", set()
        for line in doc:
            words = []
            for m in MARK.finditer(line):
                if m.group(3):
                    words.append(m.group(3))
                    continue
                start = len((text + " ".join(words + [""])).encode())
                name = m.group(2)
                gold.add((start, len(name.encode()), m.group(1)))
                words.append(name)
            text += " ".join(words) + "\n"
        name = "d%d" % k
        lines.append(name + "\t" + text.replace("\\", "\\\\")
                     .replace("\n", "\\n"))
        golds.append(gold)
        texts.append(text.encode())
    out = subprocess.run([prog, "-D", "-b", "-j"],
                         input="\n".join(lines) + "\n",
                         capture_output=True, text=True).stdout
    preds = [set() for _ in golds]
    for line in out.splitlines():
        r = json.loads(line)
        preds[int(r["doc"][1:])].add((r["offset"], r["length"], r["type"]))
    tot = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC", "MISC")}
    for g, p, text in zip(golds, preds, texts):
        if errors:
            for kind, s in (("FN", g - p), ("FP", p - g)):
                for o, n, t in sorted(s):
                    print(kind, t, text[o:o + n].decode(), "|",
                          text[max(o - 30, 0):o + n + 20].decode(
                              errors="replace").replace("\n", " / "))
        for t, c in tot.items():
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            c[0] += len(gt & pt)
            c[1] += len(pt)
            c[2] += len(gt)
    if errors:
        return
    res, a = [], [0, 0, 0]
    for t, (tp, np_, ng) in tot.items():
        a = [a[0] + tp, a[1] + np_, a[2] + ng]
        res.append("%s %.3f" % (t, 2 * tp / (np_ + ng) if np_ + ng else 0))
    print(" ".join(res), "all %.3f" % (2 * a[0] / (a[1] + a[2])),
          "(gold %d pred %d)" % (a[2], a[1]))


main()
