#!/usr/bin/env python3
"""Score nentities on held-out training text (gum2train.py output).

usage: evaldev.py NENTITIES DEVFILE [-u] [-c | -e]

Each document is given to NENTITIES -D -b -j as tokenized text, one
sentence a line (as in CoNLL-style benchmarks); -u also upper-cases the
first sentence of each document (a headline). Prints exact span F1 per type,
or with -c the counts "TYPE CORRECT PREDICTED GOLD" a line, or with -e the
errors: missed (FN) and wrong (FP) spans with their context.
"""
import json, subprocess, sys


def docs(path):
    name, sents, cur = None, [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#doc "):
            if name:
                yield name, sents
            name, sents, cur = line[5:], [], []
        elif not line:
            if cur:
                sents.append(cur)
            cur = []
        else:
            w, t = line.split("\t")
            cur.append((w, t))
    if name:
        yield name, sents


def spans(tags):
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t[2:] != typ):
            if typ is not None:
                out.add((start, i, typ))
            typ, start = (t[2:], i) if t != "O" else (None, None)
    return out


def main():
    prog, path = sys.argv[1], sys.argv[2]
    upper = "-u" in sys.argv
    counts = "-c" in sys.argv
    errors = "-e" in sys.argv
    allwords = []
    lines, gold, offs = [], [], []
    for name, sents in docs(path):
        text, o, g, n = [], [], set(), 0
        ws = []
        pos = 0
        for k, s in enumerate(sents):
            words = [w.upper() if upper and k == 0 else w for w, _ in s]
            for (a, b, t) in spans([t for _, t in s]):
                g.add((n + a, n + b, t))
            for w in words:
                ws.append(w)
                o.append(pos)
                pos += len(w.encode()) + 1
                n += 1
            text.append(" ".join(words))
        body = "\n".join(text)
        lines.append(name + "\t" + body.replace("\\", "\\\\").replace("\n", "\\n"))
        gold.append(g)
        offs.append(o)
        allwords.append(ws)
    out = subprocess.run([prog, "-D", "-b", "-j"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True).stdout
    names = [l.split("\t")[0] for l in lines]
    pred = {n: set() for n in names}
    for line in out.splitlines():
        r = json.loads(line)
        o = offs[names.index(r["doc"])]
        s = o.index(r["offset"]) if r["offset"] in o else None
        end = r["offset"] + r["length"] + 1
        e = o.index(end) if end in o else len(o)
        if s is None:
            pred[r["doc"]].add((-1, -1, r["type"]))
            continue
        pred[r["doc"]].add((s, e, r["type"]))
    if errors:
        for n, g, ws in zip(names, gold, allwords):
            p = pred[n]
            for a, b, t in sorted(g - p):
                print("FN", t, " ".join(ws[a:b]), "|",
                      " ".join(ws[max(a - 4, 0):b + 3]))
            for a, b, t in sorted(p - g):
                print("FP", t, " ".join(ws[a:b]) if a >= 0 else "?", "|",
                      " ".join(ws[max(a - 4, 0):b + 3]))
        return
    tot = {}
    for n, g in zip(names, gold):
        p = pred[n]
        for t in ("PER", "ORG", "LOC", "MISC"):
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            c = tot.setdefault(t, [0, 0, 0])
            c[0] += len(gt & pt)
            c[1] += len(pt)
            c[2] += len(gt)
    if counts:
        for t, (tp, np_, ng) in tot.items():
            print(t, tp, np_, ng)
        return
    res = []
    a = [0, 0, 0]
    for t, (tp, np_, ng) in tot.items():
        a = [a[0] + tp, a[1] + np_, a[2] + ng]
        p, r = tp / max(np_, 1), tp / max(ng, 1)
        res.append("%s %.3f" % (t, 2 * p * r / (p + r) if p + r else 0))
    p, r = a[0] / max(a[1], 1), a[0] / max(a[2], 1)
    print(" ".join(res), "all %.3f" % (2 * p * r / (p + r) if p + r else 0),
          "(gold %d pred %d)" % (a[2], a[1]))


main()
