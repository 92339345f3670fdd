"""Shared by mkuc.py and mknorm.py: read the Unicode Character Database
and write three-stage lookup tables as C.

A table maps every code point to a small value.  Stage 1 is indexed by
cp >> 10, stage 2 (blocks of 64) by cp >> 4 & 63, stage 3 (blocks of 16)
by cp & 15; equal blocks are stored once.  Stage 1 (uint8_t) numbers a
block of stage 2, stage 2 (uint16_t) holds the offset of a block of stage 3,
stage 3 is an index into a table of distinct values: uint8_t when there are
at most 256 of them, else uint16_t.
"""
import os
import re

NCP = 0x110000
S1, S2 = 10, 4


def version(ucd):
    """The Unicode version of the files in ucd, from a header line."""
    for name in ("DerivedAge.txt", "ReadMe.txt", "UnicodeData.txt"):
        path = os.path.join(ucd, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            head = f.read(4000)
        m = re.search(r"DerivedAge-(\d+\.\d+\.\d+)\.txt", head)
        if m:
            return m.group(1)
    return "(unknown version)"


def unicodedata(ucd):
    """Yield (cp, fields) for every code point UnicodeData.txt assigns,
    expanding its First/Last ranges."""
    first = None
    with open(os.path.join(ucd, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fld = line.rstrip("\n").split(";")
            cp = int(fld[0], 16)
            if fld[1].endswith(", First>"):
                first = cp
                continue
            if fld[1].endswith(", Last>"):
                for c in range(first, cp + 1):
                    yield c, fld
                first = None
                continue
            yield cp, fld


def ranges(ucd, name):
    """Yield (first, last, value) from a file of `X..Y ; value # ...` lines."""
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            fld = [x.strip() for x in line.split(";")]
            lo, _, hi = fld[0].partition("..")
            yield int(lo, 16), int(hi or lo, 16), fld[1] if len(fld) > 1 else None


def split(values):
    """Turn a list of NCP values into (distinct values, stage1, stage2,
    stage3) for the three-stage lookup."""
    distinct, index = [], {}
    idx = []
    for v in values:
        if v not in index:
            index[v] = len(distinct)
            distinct.append(v)
        idx.append(index[v])
    if len(distinct) > 0x10000:
        raise SystemExit("ucdlib: more than 65536 distinct values")
    leaves, leafid = [], {}
    l2 = []
    for i in range(0, NCP, 1 << S2):
        blk = tuple(idx[i:i + (1 << S2)])
        if blk not in leafid:
            leafid[blk] = len(leaves)
            leaves.append(blk)
        l2.append(leafid[blk])
    mids, midid = [], {}
    st1 = []
    per = 1 << (S1 - S2)
    for i in range(0, len(l2), per):
        blk = tuple(l2[i:i + per])
        if blk not in midid:
            midid[blk] = len(mids)
            mids.append(blk)
        st1.append(midid[blk])
    st2 = [x for blk in mids for x in blk]
    st3 = [x for blk in leaves for x in blk]
    if len(st2) > 0xFFFF or len(st3) > 0xFFFF * (1 << S2):
        raise SystemExit("ucdlib: stage too large")
    if len(mids) > 256:
        raise SystemExit("ucdlib: more than 256 blocks in stage 2")
    return distinct, st1, [x << S2 for x in st2], st3


def carray(out, ctype, name, vals, width=16):
    out.write("const %s %s[%d] = {\n" % (ctype, name, len(vals)))
    for i in range(0, len(vals), width):
        out.write("\t" + " ".join("%d," % v for v in vals[i:i + width]) + "\n")
    out.write("};\n\n")


def ctable(out, prefix, values):
    """Write prefix_s1, prefix_s2, prefix_s3 for values; return the
    distinct values, in the order stage 3 indexes them."""
    distinct, st1, st2, st3 = split(values)
    carray(out, "uint8_t", prefix + "_s1", st1, 32)
    carray(out, "uint16_t", prefix + "_s2", st2)
    wide = len(distinct) > 256
    carray(out, "uint16_t" if wide else "uint8_t", prefix + "_s3", st3, 16 if wide else 32)
    return distinct
