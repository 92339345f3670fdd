#!/usr/bin/env python3
"""Generate lib/tab/bad.c, the tables of lib/badness.c: a class for every
character, and for every pair of classes how much more often it occurs in
mojibake than in correct text (log2 odds, in half bits).

Correct text: the translations in Debian's message catalogues of iso-codes
(country, language, script, currency and subdivision names in some 150
languages; LGPL 2.1+) and of a few programs whose messages are sentences
with typographic punctuation (glib, gtk+ 2, coreutils, grep, Linux-PAM,
shared-mime-info, xdg-user-dirs; GPL or LGPL); lib/gen/LICENSE.catalogues.
Only counts of character-class pairs are kept, no text. Mojibake: the same
text encoded as UTF-8 and decoded through each single-byte code page, once
and twice over.

usage: mkbad.py LOCALEDIR > lib/tab/bad.c   (LOCALEDIR: /usr/share/locale)
"""
import codecs, collections, functools, gettext, glob, math, os, re, sys, unicodedata

CLASSES = """BOUND SPACE NBSP DIGIT ALOW AUP OPEN CLOSE STOP AQUOTE ASYM CTRL C1
L1UP L1LOW L1PUNCT L1SYM L1MOD MATH LAUP LALOW LBUP LBLOW MODIF COMB GRUP GRLOW CYUP
CYLOW ARMEN HEBREW ARABIC INDIC THAI SEASIA GEORG ETHIOP LXUP LXLOW GREXT
DASH CQUOTE GPUNCT SUPSUB CURR LETLIKE NUMF ARROW TECH BOX BLOCK GEOM
BRAILLE CJKP KANA CJK HANGUL PUA FULLW REPL EMOJI FORMAT OLET OTHER""".split()
C = {n: i for i, n in enumerate(CLASSES)}


def ccls(u):
    ch = chr(u)
    cat = unicodedata.category(ch)
    if u in (0x20, 0x09):
        return "SPACE"
    if u < 0x80:
        if u < 0x20 or u == 0x7F:
            return "CTRL"
        if ch.isdigit():
            return "DIGIT"
        if "a" <= ch <= "z":
            return "ALOW"
        if "A" <= ch <= "Z":
            return "AUP"
        if ch in "([{":
            return "OPEN"
        if ch in ")]}":
            return "CLOSE"
        if ch in ".,;:!?":
            return "STOP"
        if ch in "'\"`":
            return "AQUOTE"
        return "ASYM"
    if u < 0xA0:
        return "C1"
    if u == 0xFEFF or cat == "Cf" or 0xFE00 <= u <= 0xFE0F:
        return "FORMAT"
    if cat == "Zs":
        return "NBSP"
    if u < 0x100:
        if cat == "Lu":
            return "L1UP"
        if cat in ("Ll", "Lo"):
            return "L1LOW"
        if u in (0xD7, 0xF7, 0xAC, 0xB1):
            return "MATH"
        if u in (0xA8, 0xB4, 0xAF, 0xB8):
            return "L1MOD"
        if cat.startswith("P"):
            return "L1PUNCT"
        return "L1SYM"
    if cat.startswith("M") and (0x300 <= u < 0x370 or 0x1AB0 <= u < 0x1B00 or
                                0x1DC0 <= u < 0x1E00 or 0x20D0 <= u < 0x2100 or
                                0xFE20 <= u < 0xFE30):
        return "COMB"
    if u < 0x180:
        return "LAUP" if cat == "Lu" or cat == "Lt" else "LALOW"
    if u < 0x250:
        return "LBUP" if cat == "Lu" or cat == "Lt" else "LBLOW"
    if u < 0x300:
        return "MODIF" if u >= 0x2B0 else "LBLOW"
    if u < 0x400:
        return "GRUP" if cat == "Lu" else "GRLOW"
    if u < 0x530:
        return "CYUP" if cat == "Lu" else "CYLOW"
    if u < 0x590:
        return "ARMEN"
    if u < 0x600:
        return "HEBREW"
    if u < 0x900:
        return "ARABIC"
    if u < 0xE00:
        return "INDIC"
    if u < 0xF00:
        return "THAI"
    if u < 0x10A0:
        return "SEASIA"
    if u < 0x1100:
        return "GEORG"
    if u < 0x1200:
        return "HANGUL"
    if u < 0x13A0:
        return "ETHIOP"
    if 0x1780 <= u < 0x1800:
        return "SEASIA"
    if 0x1C80 <= u < 0x1C90:
        return "CYLOW"
    if 0x1E00 <= u < 0x1F00:
        return "LXUP" if cat == "Lu" else "LXLOW"
    if 0x1F00 <= u < 0x2000:
        return "GREXT"
    if 0x2000 <= u < 0x2070:
        if cat == "Pd":
            return "DASH"
        if cat in ("Pi", "Pf") or 0x2018 <= u <= 0x201F:
            return "CQUOTE"
        if cat == "Zl" or cat == "Zp":
            return "CTRL"
        return "GPUNCT"
    if u < 0x20A0:
        return "SUPSUB"
    if u < 0x20D0:
        return "CURR"
    if 0x2100 <= u < 0x2150:
        return "LETLIKE"
    if 0x2150 <= u < 0x2190:
        return "NUMF"
    if 0x2190 <= u < 0x2300 or 0x27C0 <= u < 0x2800 or 0x2900 <= u < 0x2B00:
        return "ARROW"
    if 0x2300 <= u < 0x2500:
        return "TECH"
    if 0x2500 <= u < 0x2580:
        return "BOX"
    if 0x2580 <= u < 0x25A0:
        return "BLOCK"
    if 0x25A0 <= u < 0x27C0 or 0x2B00 <= u < 0x2C00:
        return "GEOM"
    if 0x2800 <= u < 0x2900:
        return "BRAILLE"
    if 0x2C00 <= u < 0x2E00:
        return "LALOW" if cat.startswith("L") else "GPUNCT"
    if 0x2E00 <= u < 0x2E80:
        return "GPUNCT"
    if 0x3000 <= u < 0x3040:
        return "CJKP"
    if 0x3040 <= u < 0x3100 or 0x31F0 <= u < 0x3200:
        return "KANA"
    if 0x3130 <= u < 0x3190 or 0xAC00 <= u < 0xD7B0:
        return "HANGUL"
    if 0x2E80 <= u < 0xA000 or 0xF900 <= u < 0xFB00:
        return "CJK"
    if 0xA640 <= u < 0xA6A0:
        return "CYUP" if cat == "Lu" else "CYLOW"
    if 0xA720 <= u < 0xA800 or 0xAB30 <= u < 0xAB70:
        return "LBUP" if cat == "Lu" else "LBLOW"
    if 0xE000 <= u < 0xF900:
        return "PUA"
    if 0xFB00 <= u < 0xFB50:
        return "LALOW" if u < 0xFB13 else "HEBREW"
    if 0xFB50 <= u < 0xFE00 or 0xFE70 <= u < 0xFF00:
        return "ARABIC"
    if 0xFF00 <= u < 0xFFF0:
        return "FULLW"
    if 0xFFF0 <= u < 0x10000:
        return "REPL"
    if 0xD800 <= u < 0xE000:
        return "OTHER"
    if cat.startswith("L"):
        return "OLET"
    if cat in ("Pd",):
        return "DASH"
    return "OTHER"


def bigcls(u):
    """Characters past the BMP: emoji, CJK, or other."""
    if 0x1F000 <= u < 0x1FB00:
        return "EMOJI"
    if 0x20000 <= u < 0x40000:
        return "CJK"
    if 0xF0000 <= u:
        return "PUA"
    return "OLET"


@functools.lru_cache(maxsize=None)
def cls(u):
    return C[ccls(u) if u < 0x10000 else bigcls(u)]


def texts(localedir):
    seen = set()
    paths = glob.glob(os.path.join(localedir, "*", "LC_MESSAGES", "iso_*.mo"))
    for dom in DOMAINS:
        paths += glob.glob(os.path.join(localedir, "*", "LC_MESSAGES", dom + ".mo"))
    for path in sorted(paths):
        with open(path, "rb") as f:
            try:
                t = gettext.GNUTranslations(f)
            except Exception:
                continue
        for k, v in t._catalog.items():
            for s in (k, v):
                if isinstance(s, str) and s and s not in seen:
                    seen.add(s)
                    yield unicodedata.normalize("NFC", s)


DOMAINS = ("glib20", "gtk20", "coreutils", "grep", "Linux-PAM",
           "shared-mime-info", "xdg-user-dirs")

SLOPPY = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257")
PAGES = SLOPPY + ("latin-1", "iso8859-2", "mac-roman", "koi8-r", "cp437")


def decoder(codec):
    """A charmap for codecs.charmap_decode; undefined bytes are U+FFF0."""
    t = []
    for x in range(256):
        try:
            t.append(bytes([x]).decode(codec))
        except UnicodeDecodeError:
            t.append(chr(x) if codec in SLOPPY and x < 0xA0 else "\ufff0")
    return "".join(t)


def classtable():
    return {u: chr(cls(u)) for u in range(0x10000) if not 0xD800 <= u < 0xE000}


ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def classes(s, table):
    s = s.translate(table)
    return ASTRAL.sub(lambda m: chr(cls(ord(m.group()))), s)


def count(tab, strs, table):
    """Count the class pairs of every string, its two ends included."""
    big = "\0" + "\0".join(classes(s, table) for s in strs) + "\0"
    for (a, b), k in collections.Counter(zip(big, big[1:])).items():
        tab[ord(a)][ord(b)] += k


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    n = len(CLASSES)
    good = [[0] * n for _ in range(n)]
    bad = [[0] * n for _ in range(n)]
    table = classtable()
    strs = list(texts(sys.argv[1]))
    nstr = len(strs)
    count(good, strs, table)
    chars = collections.Counter()
    for t in strs:
        chars.update(t)
    strs = [s.encode("utf-8") for s in strs if any(ord(ch) >= 0x80 for ch in s)]
    for codec in PAGES:
        dec = decoder(codec)
        moj = [codecs.charmap_decode(b, "strict", dec)[0] for b in strs]
        moj = [m for m in moj if "\ufff0" not in m]
        count(bad, moj, table)
        if codec in ("cp1252", "cp1251"):
            moj2 = [codecs.charmap_decode(m.encode("utf-8"), "strict", dec)[0] for m in moj]
            count(bad, [m for m in moj2 if "\ufff0" not in m], table)
    gt = sum(map(sum, good))
    bt = sum(map(sum, bad))
    sys.stderr.write("pairs: %d correct, %d mojibake\n" % (gt, bt))
    # Pairs never seen in correct text count as seen a little in mojibake:
    # what the catalogues never show is suspect, whatever made it.
    cost = [[0] * n for _ in range(n)]
    for a in range(n):
        for b in range(n):
            pg = (good[a][b] + 0.5) / gt
            pb = (bad[a][b] + 4.0) / bt
            v = round(2 * math.log2(pb / pg))
            cost[a][b] = max(-8, min(24, v))
    ascii_ = {C[k] for k in ("BOUND", "SPACE", "DIGIT", "ALOW", "AUP", "OPEN",
                             "CLOSE", "STOP", "AQUOTE", "ASYM")}
    for a in ascii_:
        for b in ascii_:
            cost[a][b] = 0
    # How likely b is after a, and a before b, in correct text: -log2 P.
    row = [sum(good[a]) for a in range(n)]
    col = [sum(good[a][b] for a in range(n)) for b in range(n)]
    fwd = [[bits(good[a][b], row[a]) for b in range(n)] for a in range(n)]
    bwd = [[bits(good[a][b], col[b]) for b in range(n)] for a in range(n)]
    # How likely each character is among those of its class: -log2 P, in half bits.
    ccount = collections.Counter()
    for ch, k in chars.items():
        ccount[cls(ord(ch))] += k
    char = []
    for lo, hi in CHARRANGES:
        for u in range(lo, hi):
            k = chars.get(chr(u), 0)
            tot = ccount[cls(u)]
            char.append(min(40, round(2 * math.log2((tot + 1) / (k + 0.5)))))
    emit(cost, fwd, bwd, char, nstr)


# The characters bad_char has a cost for; others cost nothing.
CHARRANGES = ((0, 0x800), (0x2000, 0x2200))


def bits(k, tot):
    return 30 if k == 0 else min(30, round(-math.log2(k / tot)))


def table2(out, name, t):
    n = len(CLASSES)
    out.write("const uint8_t %s[BAD_NCLASS][BAD_NCLASS] = {\n" % name)
    for a in range(n):
        out.write("\t{ /* %s */" % CLASSES[a])
        for b in range(n):
            out.write(("\n\t    " if b % 16 == 0 else " ") + "%d," % t[a][b])
        out.write("\n\t},\n")
    out.write("};\n\n")


def emit(cost, fwd, bwd, char, nstr):
    out = sys.stdout
    n = len(CLASSES)
    out.write("/* Generated by lib/gen/mkbad.py from Debian's message catalogues of\n"
              " * iso-codes and a few programs (%d strings; GPL or LGPL, see\n"
              " * lib/gen/LICENSE.catalogues). Only pair counts are kept. Do not edit. */\n#include <stdint.h>\n\n#include \"badness.h\"\n\n" % nstr)
    out.write("/* Character classes. */\nenum {\n")
    for i, name in enumerate(CLASSES):
        out.write("\tBC_%s,%s\n" % (name, "\t/* %d */" % i if i % 8 == 0 else ""))
    out.write("};\n\n")
    # Two-level class table for the BMP: blocks of 256 shared when equal.
    blocks, index = [], []
    for hi in range(256):
        blk = tuple(cls(hi << 8 | lo) for lo in range(256))
        if blk not in blocks:
            blocks.append(blk)
        index.append(blocks.index(blk))
    out.write("const uint8_t bad_blk[256] = {")
    for i, v in enumerate(index):
        out.write(("\n\t" if i % 16 == 0 else " ") + "%d," % v)
    out.write("\n};\n\nconst uint8_t bad_cls[%d][256] = {\n" % len(blocks))
    for blk in blocks:
        out.write("\t{")
        for i, v in enumerate(blk):
            out.write(("\n\t    " if i % 16 == 0 else " ") + "%d," % v)
        out.write("\n\t},\n")
    out.write("};\n\n")
    out.write("const int8_t bad_cost[BAD_NCLASS][BAD_NCLASS] = {\n")
    for a in range(n):
        out.write("\t{ /* %s */" % CLASSES[a])
        for b in range(n):
            out.write(("\n\t    " if b % 16 == 0 else " ") + "%d," % cost[a][b])
        out.write("\n\t},\n")
    out.write("};\n\n")
    table2(out, "bad_fwd", fwd)
    table2(out, "bad_bwd", bwd)
    out.write("const uint8_t bad_char[%d] = {" % len(char))
    for i, v in enumerate(char):
        out.write(("\n\t" if i % 16 == 0 else " ") + "%d," % v)
    out.write("\n};\n")
    # Classes past the BMP, for badness.c.
    out.write("\nconst uint8_t bad_emoji = %d, bad_cjk = %d, bad_pua = %d,\n"
              "    bad_olet = %d, bad_other = %d;\n" % (C["EMOJI"], C["CJK"], C["PUA"],
                                                     C["OLET"], C["OTHER"]))
    out.write("const int bad_nclass_check = %d;\n" % n)


if __name__ == "__main__":
    main()
