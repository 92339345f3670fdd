#!/usr/bin/env python3
"""Convert GUM WebAnno TSV files to the training text ntrain reads.

usage: gum2train.py [-a] [-n HUMAN_NAMES] [-x LIST | -o LIST] GUMTSV... > OUT

Output: "#doc NAME" before each document; then one token a line,
TOKEN<TAB>TAG (BIO over PER, ORG, LOC, MISC); a blank line ends a sentence.
-a adds training variants of each sentence: an all-caps copy (headlines;
in a document of their own, NAME.caps),
one that starts at its second word, capitalized (sentence-initial common
words), and one with each name replaced by another of its type from the
corpus, or for people by a given name (npm human-names, in the folder -n
names, default node_modules/human-names) and a surname, sometimes after a
title (random, seeded: the output is the same each run). -x LIST leaves
out the documents named in LIST (file base names, one a line); -o LIST
keeps only them.

Mapping: a mention is a name when its head (last word) is capitalized and
it has a Wikipedia identity or, for people, places and organizations, holds
a capitalized word that is not a common word (wamerican) or a pronoun. person -> PER, place -> LOC, organization ->
ORG, time -> none, any other type -> MISC. The span is cut down to the name:
longer mentions claim their words first (the longest name wins), a
person's span starts after its last title; leading articles, titles
and lower-case words, and trailing lower-case words, punctuation and
possessives are left out. A capitalized demonym outside every name is MISC.
"""
import glob, json, os, re, sys

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


COMMON, GIVEN = set(), set()
for line in open("/usr/share/dict/american-english", encoding="utf-8"):
    line = line.strip()
    if line.islower():
        COMMON.add(line)
# -n DIR: the npm package human-names (given names for made-up people)
_hn = os.path.join(sys.argv[sys.argv.index("-n") + 1] if "-n" in sys.argv
                   else "node_modules/human-names", "data")
for f in glob.glob(os.path.join(_hn, "*-en.json")):
    GIVEN.update(x.lower() for x in json.load(open(f, encoding="utf-8")))
if not GIVEN:
    sys.exit("gum2train.py: no given names in %s (use -n DIR)" % _hn)


GIVENL = sorted(GIVEN)
CUETITLES = [["President"], ["Prime", "Minister"], ["Foreign", "Minister"],
             ["Mr."], ["Mrs."], ["Ms."], ["Dr."], ["Senator"], ["Sen."],
             ["Governor"], ["Mayor"], ["Judge"], ["Chancellor"], ["King"],
             ["Secretary", "of", "State"], ["Ambassador"], ["Gen."],
             ["General"], ["Minister"], ["Coach"], ["Rep."], ["Pope"],
             ["Queen"], ["Prince"], ["Professor"], ["Chairman"], ["Director"]]


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
    def proper(ix):
        return any(cap(toks[i]) and toks[i].lower() not in COMMON and
                   toks[i].lower() not in PRONOUNS and toks[i][:1].isalpha()
                   and (i > 0 or toks[i].lower() in GIVEN) for i in ix)
    named = [m for m in ments.values() if m[0] != "time" and (
        m[1] is not None or (m[0] in TYPES and proper(m[2])))]
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
        if t == "PER":
            for n, i in enumerate(ix):
                if toks[i] in ("'s", "’s") and any(cap(toks[j]) for j in ix[n + 1:]):
                    ix = ix[n + 1:]
                    break
            for n, i in enumerate(ix):
                if toks[i] in ("of", ",", "(", "and"):
                    ix = ix[:n]
                    break
            while len(ix) > 1 and toks[ix[0]].lower() in COMMON and \
                    toks[ix[0]].lower() not in GIVEN:
                ix = ix[1:]
            while len(ix) > 1 and toks[ix[1]] == "-":
                ix = ix[2:]
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


def spans(tags):
    out, i = [], 0
    while i < len(tags):
        if tags[i] != "O":
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
                j += 1
            out.append((i, j, tags[i][2:]))
            i = j
        else:
            i += 1
    return out


def swap(rnd, toks, tags, pool):
    """The sentence with each name replaced by a random one of its type."""
    t2, g2, last = [], [], 0
    for a, b, t in spans(tags):
        t2 += toks[last:a]
        g2 += tags[last:a]
        name = rnd.choice(pool[t])
        if t == "PER" and rnd.random() < 0.5:
            name = [rnd.choice(GIVENL).capitalize(), rnd.choice(pool[t])[-1]]
        if t == "PER" and rnd.random() < 0.3 and (not t2 or t2[-1].lower() not in TITLES):
            title = rnd.choice(CUETITLES)
            t2 += title
            g2 += ["O"] * len(title)
        t2 += name
        g2 += ["B-" + t] + ["I-" + t] * (len(name) - 1)
        last = b
    return t2 + toks[last:], g2 + tags[last:]


def main():
    import random
    rnd = random.Random(7)
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
        elif o == "-n":
            args.pop(0)
    out = sys.stdout
    docs = []
    pool = {"PER": [], "ORG": [], "LOC": [], "MISC": []}
    for path in args:
        base = os.path.basename(path).rsplit(".", 1)[0]
        if base in skip or (only is not None and base not in only):
            continue
        sents = [(toks, label(toks, ments)) for toks, ments in read(path)]
        docs.append((base, sents))
        for toks, tags in sents:
            for a, b, t in spans(tags):
                pool[t].append(toks[a:b])
    for base, sents in docs:
        out.write("#doc %s\n" % base)
        for toks, tags in sents:
            emit(out, toks, tags)
            if not aug:
                continue
            if any(t != "O" for t in tags):
                emit(out, *swap(rnd, toks, tags, pool))
            if (len(toks) > 3 and tags[0] == "O" and tags[1] == "O"
                    and toks[1][:1].islower() and toks[1].isalpha()):
                t2 = toks[1:]
                t2[0] = t2[0][:1].upper() + t2[0][1:]
                emit(out, t2, tags[1:])
        if aug:
            # the capital copies stand alone, as a headline whose names the
            # rest of the document may not repeat
            out.write("#doc %s.caps\n" % base)
            for toks, tags in sents:
                emit(out, [w.upper() for w in toks], tags)


main()
