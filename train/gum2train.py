#!/usr/bin/env python3
"""Convert GUM WebAnno TSV files to the training text ntrain reads.

usage: gum2train.py [-a] [-x LIST] GUMTSV... > OUT

Output: "#doc NAME" before each document; then one token a line,
TOKEN<TAB>TAG (BIO over PER, ORG, LOC, MISC); a blank line ends a sentence.
-a adds training variants of each sentence: an all-caps copy (headlines),
and one that starts at its second word, capitalized (sentence-initial
common words). -x LIST leaves out the documents named in LIST (file base
names, one a line); -o LIST keeps only them.

Mapping: a mention is a name when it has a Wikipedia identity and its head
(last word) is capitalized. person -> PER, place -> LOC, organization ->
ORG, time -> none, any other type -> MISC. The span is cut down to the name:
longer mentions claim their words first (the longest name wins), a
person's span starts after its last title; leading articles, titles
and lower-case words, and trailing lower-case words, punctuation and
possessives are left out. A capitalized demonym outside every name is MISC.
"""
import os, re, sys

TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
TITLES = set("""president minister prime secretary foreign chancellor mr mrs ms
dr sen senator gov governor rep king queen prince princess pope gen general
ambassador spokesman spokeswoman mayor judge justice sir lord professor prof
chief ceo director chairman captain lt col colonel sgt st saint
""".split())
PRONOUNS = set("""i we they he she it you this that these those our my his
her their its us them there here""".split())
LOWER_OK = {"of", "the", "and", "de", "for", "&", "-", "la", "le",
            "von", "van", "der", "du", "del", "da", "di", "al", "el", "bin", "'s"}


def here(*p):
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), *p)


DEMONYMS = set()
for line in open(here("..", "lib", "gen", "demonyms.txt"), encoding="utf-8"):
    line = line.split("#")[0].strip()
    if line:
        DEMONYMS.add(line.lower())


def cap(w):
    return w[:1].isupper() or w[:1].isdigit() and len(w) > 1


def read(path):
    """Yield sentences as (tokens, mentions); a mention is [type, ident, toks]."""
    sents = []
    toks, ments = None, {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#Text="):
            if toks:
                sents.append((toks, ments))
            toks, ments = [], {}
            continue
        if not line or not line[0].isdigit():
            continue
        p = line.split("\t")
        i = len(toks)
        toks.append(p[2])
        if p[3] == "_":
            continue
        idents = {}
        if p[6] != "_":
            for x in p[6].split("|"):
                m = re.match(r"(.*)\[(\d+)\]$", x)
                if m:
                    idents[m.group(2)] = m.group(1)
        for k, x in enumerate(p[3].split("|")):
            m = re.match(r"(\w+)(?:\[(\d+)\])?$", x)
            if not m:
                continue
            key = m.group(2) or "s%d_%d" % (i, k)
            if key not in ments:
                ments[key] = [m.group(1), idents.get(m.group(2)), []]
            ments[key][2].append(i)
    if toks:
        sents.append((toks, ments))
    return sents


def label(toks, ments):
    tags = ["O"] * len(toks)
    claimed = [False] * len(toks)
    named = [m for m in ments.values() if m[1] is not None and m[0] != "time"]
    for typ, ident, ix in sorted(named, key=lambda m: -len(m[2])):
        t = TYPES.get(typ, "MISC")
        if t == "PER":
            # words of a shorter name of another type open the span
            while ix and any(toks[ix[0]] and ix[0] in m[2] and len(m[2]) < len(ix)
                             and TYPES.get(m[0], "MISC") != "PER" for m in named):
                ix = ix[1:]
        if t == "PER":
            ti = [n for n, i in enumerate(ix)
                  if toks[i].lower().rstrip(".") in TITLES]
            if ti:
                ix = ix[ti[-1] + 1:]
        if any(claimed[i] for i in ix):
            ix = [i for i in ix if not claimed[i]]
        # head: last word that is not punctuation or a possessive
        words = [i for i in ix if toks[i][:1].isalnum()]
        if not words or not cap(toks[words[-1]]):
            continue
        while ix and (not cap(toks[ix[0]]) or toks[ix[0]] in ("The", "A", "An")
                      or (t == "PER" and toks[ix[0]].lower().rstrip(".") in TITLES
                          and len(ix) > 1)):
            ix = ix[1:]
        while ix and not cap(toks[ix[-1]]):
            ix = ix[:-1]
        if not ix or ix != list(range(ix[0], ix[-1] + 1)):
            continue
        for n, i in enumerate(ix):
            if not cap(toks[i]) and toks[i].lower() not in LOWER_OK:
                ix = ix[:n]
                break
        while ix and not cap(toks[ix[-1]]):
            ix = ix[:-1]
        if not ix or (len(ix) == 1 and toks[ix[0]].lower() in PRONOUNS):
            continue
        if len(ix) == 1:
            w = toks[ix[0]].lower()
            if w.lower() in TITLES:
                continue
            if w in DEMONYMS or (w.endswith("s") and w[:-1] in DEMONYMS):
                t = "MISC"
        for n, i in enumerate(ix):
            tags[i] = ("B-" if n == 0 else "I-") + t
            claimed[i] = True
    for i, w in enumerate(toks):
        if tags[i] == "O" and cap(w) and (w.lower() in DEMONYMS or (
                w.endswith("s") and w[:-1].lower() in DEMONYMS)):
            tags[i] = "B-MISC"
    return tags


def emit(out, toks, tags):
    for w, t in zip(toks, tags):
        out.write("%s\t%s\n" % (w, t))
    out.write("\n")


def main():
    args = sys.argv[1:]
    aug, skip, only = False, set(), None
    while args and args[0].startswith("-"):
        o = args.pop(0)
        if o == "-a":
            aug = True
        elif o == "-x":
            skip = set(open(args.pop(0)).read().split())
        elif o == "-o":
            only = set(open(args.pop(0)).read().split())
    out = sys.stdout
    for path in args:
        base = os.path.basename(path).rsplit(".", 1)[0]
        if base in skip or (only is not None and base not in only):
            continue
        out.write("#doc %s\n" % base)
        for toks, ments in read(path):
            tags = label(toks, ments)
            emit(out, toks, tags)
            if not aug:
                continue
            emit(out, [w.upper() for w in toks], tags)
            if (len(toks) > 3 and tags[0] == "O" and tags[1] == "O"
                    and toks[1][:1].islower() and toks[1].isalpha()):
                t2 = toks[1:]
                t2[0] = t2[0][:1].upper() + t2[0][1:]
                emit(out, t2, tags[1:])


main()
