/* fix.c: repair mojibake, legacy encodings and stray characters, a line at a time. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "badness.h"
#include "buf.h"
#include "cp.h"
#include "fix.h"
#include "htmlent.h"
#include "news.h"
#include "norm.h"
#include "utf8.h"

/*
 * Thresholds on the gain in badness (half bits of log odds, lib/badness.h)
 * that an undone sequence must bring. A lossy sequence (a space standing
 * for a lost NO-BREAK SPACE, a byte lost to U+FFFD or '?') needs more,
 * unless the same code page undid a whole sequence in the line already.
 */
#ifndef GAIN_MIN
#define GAIN_MIN	4
#endif
#ifndef GAIN_LOSSY
#define GAIN_LOSSY	30
#endif
/* A letter alone that is no commoner than this (lib/badness.h) needs more still. */
#ifndef GAIN_ALONE
#define GAIN_ALONE	60
#endif
/* A combining mark alone needs more again. */
#ifndef GAIN_MARK
#define GAIN_MARK	80
#endif
#ifndef ALONE_COMMON
#define ALONE_COMMON	10
#endif
/* The cost of a character of correct text beside those of lib/badness.h, and the least gain in it. */
#ifndef CHAR_BASE
#define CHAR_BASE	8
#endif
#ifndef CLEAN_MIN
#define CLEAN_MIN	0
#endif
/* Pairs correct text never showed count as this rare (bits): it is not all text. */
#ifndef CLEAN_CAP
#define CLEAN_CAP	16
#endif
/* What a byte that a page leaves undefined costs a guess of that page. */
#define GUESS_UNDEFINED	40
/* How far around a lone letter of another script to look for its script. */
#define NEAR		48
/* Two pages whose gains are this close are as likely as each other. */
#ifndef AMBIGUOUS
#define AMBIGUOUS	16
#endif
/*
 * A repair may only make pairs of classes seen in correct text, and likely
 * in one direction at least: b after a, or a before b, no rarer than this
 * (bits, lib/badness.h).
 */
#ifndef RARE_MAX
#define RARE_MAX	10
#endif
/* Sequences undone or kept together: a run of them is judged as a whole. */
#define RUN_MAX		64

/* Pages that are never guessed for legacy input: ISO 8859-1 and -15 read as Windows-1252. */
#define GUESSABLE(cp)	((cp) != CP_LATIN1 && (cp) != CP_ISO8859_15)

/*
 * Pages tried for mojibake: ISO 8859-1 is Windows-1252 with C1 controls,
 * which enc() reads in any Windows page, and ISO 8859-15 differs from it
 * in eight letters and symbols only: trying it finds more false fixes
 * than true ones.
 */
#define MOJI(cp)	((cp) != CP_LATIN1 && (cp) != CP_ISO8859_15)

/*
 * How much less likely mojibake through each page is than through
 * Windows-1252, in the units of the gain: a line goes to the page whose
 * gain, less this, is the greatest.
 */
static const int prior[CP_N] = {
	[CP_CP1252] = 0, [CP_LATIN1] = 0, [CP_CP1250] = 4, [CP_CP1251] = 4,
	[CP_CP1253] = 6, [CP_CP1254] = 2, [CP_CP1257] = 6, [CP_ISO8859_2] = 4,
	[CP_ISO8859_15] = 6, [CP_MACROMAN] = 10, [CP_KOI8_R] = 8,
	[CP_CP437] = 10,
};

/* For each BMP character, the pages where it stands for a lead byte, and for a continuation byte. */
static uint16_t	*leadpages, *contpages, *lead2pages;
static uint16_t	 nbsppages;	/* pages that have NBSP at A0 */
/* Classes of symbols that correct text has too few of to judge their neighbours by. */
static uint64_t	 symclasses;
/*
 * Classes of letters by case, and of letters of scripts other than Latin
 * and Greek (Greek letters stand among Latin ones in science: "10 μs").
 */
static uint64_t	 upper, lower, foreign, latin, greek, digit, cjk;
static int	 combclass, puaclass, quoteclass, digitclass;
static int	 upclass[6];
static int	 classmin[BAD_NCLASS];	/* the least bad_charcost in each class */	/* pairs of classes of one script (script()) */
static uint64_t	 wide;	/* letters past ASCII */

/* One sequence of characters that were the bytes of one UTF-8 character. */
struct seq {
	size_t		 end;	/* where it ends in the line */
	uint32_t	 u;	/* the character */
	int		 lossy;
	int		 bare;	/* a lead and a lost byte, nothing more */
};

static int
dec(const char *s, size_t n, size_t i, uint32_t *u)
{
	int k;

	if ((unsigned char)s[i] < 0x80) {
		*u = (unsigned char)s[i];
		return 1;
	}
	if ((k = utf8_decode((const unsigned char *)s + i, n - i, u)) < 0) {
		*u = UTF8_REPL;
		return 1;
	}
	return k;
}

static void
addcp(struct buf *b, uint32_t u)
{
	char t[UTF8_MAX];

	buf_add(b, t, utf8_encode(u, t));
}

/*
 * The byte c was in page cp. C1 controls count as their own bytes in the
 * pages that have C1 controls or undefined bytes there: text decoded as
 * ISO 8859-1 shows them, and so does Windows-1252 in browsers.
 */
static int
enc(int cp, uint32_t u)
{
	if (u < 0x80)
		return u;
	if (u < 0xA0)
		return cp == CP_MACROMAN || cp == CP_KOI8_R || cp == CP_CP437 ?
		    -1 : (int)u;
	if (u > 0xFFFF)
		return -1;
	return cp_encode(cp, u);
}

static void
setup(void)
{
	uint32_t u;
	int cp, b;

	if (leadpages != NULL)
		return;
	static const uint32_t sym[] = {
		UTF8_REPL, 0x1F600, 0x2764, 0x2265, 0x2300, 0x2800, 0xFF0C
	};
	static const uint32_t up[] = {
		'A', 0xC0, 0x100, 0x181, 0x391, 0x410, 0x1E00
	};
	static const uint32_t low[] = {
		'a', 0xE0, 0x101, 0x180, 0x3B1, 0x430, 0x1E01
	};
	static const uint32_t script[] = {
		0x410, 0x430, 0x531, 0x5D0, 0x627, 0x915, 0xE01,
		0x10D0, 0x1200, 0x3042, 0x4E00, 0xAC00, 0x1D34, 0x19E0
	};
	static const uint32_t lat[] = {
		'A', 'a', 0xC0, 0xE0, 0x100, 0x101, 0x180, 0x181, 0x1E00, 0x1E01
	};
	size_t i;

	for (i = 0; i < sizeof(sym) / sizeof(sym[0]); i++)
		symclasses |= (uint64_t)1 << bad_class(sym[i]);
	for (i = 0; i < sizeof(up) / sizeof(up[0]); i++)
		upper |= (uint64_t)1 << bad_class(up[i]);
	for (i = 0; i < sizeof(low) / sizeof(low[0]); i++)
		lower |= (uint64_t)1 << bad_class(low[i]);
	for (i = 0; i < sizeof(script) / sizeof(script[0]); i++)
		foreign |= (uint64_t)1 << bad_class(script[i]);
	for (i = 0; i < BAD_NCLASS; i++)
		classmin[i] = -1;
	for (u = 0x80; u < 0x2200; u = u == 0x7FF ? 0x2000 : u + 1)
		if (classmin[bad_class(u)] < 0 ||
		    bad_charcost(u) < classmin[bad_class(u)])
			classmin[bad_class(u)] = bad_charcost(u);
	for (i = 0; i < BAD_NCLASS; i++)
		if (classmin[i] < 0)
			classmin[i] = 0;
	combclass = bad_class(0x301);
	upclass[0] = bad_class(0x410);
	upclass[1] = bad_class(0x430);
	upclass[2] = bad_class(0x391);
	upclass[3] = bad_class(0x3B1);
	upclass[4] = bad_class(0x30A2);
	upclass[5] = bad_class(0x4E00);
	puaclass = bad_class(0xE000);
	quoteclass = bad_class(0x2019);
	digitclass = bad_class('0');
	greek = (uint64_t)1 << bad_class(0x391) | (uint64_t)1 << bad_class(0x3B1);
	digit = (uint64_t)1 << bad_class('0');
	cjk = (uint64_t)1 << bad_class(0x30A2) | (uint64_t)1 << bad_class(0x4E00) |
	    (uint64_t)1 << bad_class(0xAC00);
	for (i = 0; i < sizeof(lat) / sizeof(lat[0]); i++)
		latin |= (uint64_t)1 << bad_class(lat[i]);
	wide = (upper | lower | foreign) & ~((uint64_t)1 << bad_class('a') |
	    (uint64_t)1 << bad_class('A'));
	leadpages = nu_calloc(0x10000, sizeof(*leadpages));
	contpages = nu_calloc(0x10000, sizeof(*contpages));
	lead2pages = nu_calloc(0x10000, sizeof(*lead2pages));
	for (cp = 0; cp < CP_N; cp++) {
		for (b = 0x80; b < 0x100; b++) {
			if ((u = enc(cp, cp_decode(cp, b))) == (uint32_t)-1 || u == 0)
				continue;
			u = cp_decode(cp, b);
			if (b >= 0xC2 && b <= 0xF4)
				leadpages[u] |= 1 << cp;
			if (b >= 0xC2 && b <= 0xDF)
				lead2pages[u] |= 1 << cp;
			if (b < 0xC0)
				contpages[u] |= 1 << cp;
		}
		if (enc(cp, 0x80) == 0x80)
			for (u = 0x80; u < 0xA0; u++)
				contpages[u] |= 1 << cp;
		if (cp_decode(cp, 0xA0) == 0xA0)
			nbsppages |= 1 << cp;
	}
}

/* Pages that could follow a lead byte with the character u. */
static unsigned
followpages(uint32_t u)
{
	if (u == ' ')
		return nbsppages;
	if (u == '?' || u == UTF8_REPL)
		return 0xFFFF;
	return u < 0x10000 ? contpages[u] : 0;
}

/* Match a low surrogate encoded as three characters at i (CESU-8). */
static int
lowsurrogate(const char *s, size_t n, size_t *i, int cp, uint32_t *lo)
{
	uint32_t c;
	int t, b[3];

	for (t = 0; t < 3; t++) {
		if (*i >= n)
			return 0;
		*i += dec(s, n, *i, &c);
		b[t] = enc(cp, c);
	}
	if (b[0] != 0xED || b[1] < 0xB0 || b[1] > 0xBF || b[2] < 0x80 ||
	    b[2] > 0xBF)
		return 0;
	*lo = (b[1] & 0x3F) << 6 | (b[2] & 0x3F);
	*lo |= 0xD000;
	return 1;
}

/*
 * Do the characters at s[i] read through page cp give the bytes of one
 * UTF-8 character? Lossy matches: a space where NBSP (A0) belongs, as in
 * "Ã " for "à"; U+FFFD or '?' where a byte was lost.
 */
static int
match(const char *s, size_t n, size_t i, int cp, struct seq *q)
{
	unsigned char by[UTF8_MAX];
	unsigned lo, hi;
	uint32_t c, v, low;
	size_t sp = 0;
	int b, need, t, wild = 0;

	i += dec(s, n, i, &c);
	b = enc(cp, c);
	if (b < 0xC2 || b > 0xF4)
		return 0;
	need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
	lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
	hi = b == 0xF4 ? 0x8F : 0xBF;
	by[0] = b;
	q->lossy = 0;
	for (t = 1; t < need; t++) {
		if (i >= n)
			return 0;
		i += dec(s, n, i, &c);
		if (c == UTF8_REPL || c == '?') {
			wild = wild == '?' ? wild : (int)c;
			by[t] = lo;
		} else {
			b = enc(cp, c);
			if (b == ' ' && t == need - 1 && (nbsppages >> cp & 1)) {
				b = 0xA0;
				sp = i - 1;
			}
			if (b < (int)lo || b > (int)hi)
				return 0;
			by[t] = b;
		}
		lo = 0x80;
		hi = 0xBF;
	}
	v = by[0] & (0x7F >> need);
	for (t = 1; t < need; t++)
		v = v << 6 | (by[t] & 0x3F);
	if (v >= 0xD800 && v <= 0xDFFF) {
		/* CESU-8: a surrogate pair, each half encoded on its own. */
		if (wild || v >= 0xDC00 || !lowsurrogate(s, n, &i, cp, &low))
			return 0;
		v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
	}
	q->u = wild ? UTF8_REPL : v;
	q->bare = wild && need == 2;
	q->end = i;
	q->lossy = wild == '?' || sp;
	/*
	 * The NBSP of "à" (C3 A0) is often lost rather than made a space:
	 * "à" is a word of its own in French and Portuguese, and the space
	 * after it is then the one that followed. Keep that one.
	 */
	if (sp && v == 0xE0 && i < n && s[i] != ' ')
		q->end = sp;
	return 1;
}

/* The class of u as context: a C1 control is to become Windows-1252. */
static int
ctxclass(uint32_t u)
{
	uint32_t v;

	if (u >= 0x80 && u < 0xA0 && (v = cp_decode(CP_CP1252, u)) >= 0xA0)
		u = v;
	return bad_class(u);
}

/*
 * The cost in correct text of class b after a and character u: -log2 of
 * its chance, in half bits, up to a constant per character (CHAR_BASE).
 */
static long
cleancost(int a, int b, uint32_t u)
{
	int r = bad_after(a, b);

	return 2 * (r < CLEAN_CAP ? r : CLEAN_CAP) + bad_charcost(u) + CHAR_BASE;
}

/*
 * The cost of the characters s[i..end) between classes prev and next:
 * as mojibake against correct text (returned), and as correct text alone
 * (*clean).
 */
static long
runcost(const char *s, size_t n, size_t i, size_t end, int prev, int next,
    long *clean)
{
	uint32_t c;
	long sum = 0;
	int k;

	*clean = 0;
	while (i < end) {
		i += dec(s, n, i, &c);
		k = ctxclass(c);
		sum += bad_pair(prev, k) + bad_charcost(c);
		*clean += cleancost(prev, k, c);
		prev = k;
	}
	*clean += cleancost(prev, next, 0) - CHAR_BASE;
	return sum + bad_pair(prev, next);
}

#define IN(set, k)	((set) >> (k) & 1)
#define LETTER(k)	IN(upper | lower | foreign, k)

/* May a repair put class b after class a? U+FFFD is what lossy ones make. */
static int
plausible(int a, int b)
{
	int f = bad_after(a, b), r = bad_before(a, b);

	if ((symclasses >> a & 1) || (symclasses >> b & 1))
		return 1;
	/*
	 * Greek letters among Latin ones and digits ("10 μs", "IL2Rγ");
	 * Chinese, Japanese and Korean beside ASCII ("PINを", "USB키").
	 */
	if ((IN(greek | cjk, a) && IN(latin | digit, b)) ||
	    (IN(greek | cjk, b) && IN(latin | digit, a)))
		return 1;
	return f < 30 && (f <= RARE_MAX || r <= RARE_MAX);
}

struct layer {
	long	gain;
	int	nfix, nwhole;
	int	depth;	/* the most times over a run was mojibake */
	int	nrun;	/* runs undone */
	size_t	nbyte;	/* bytes of the runs undone */
};

#define IN(set, k)	((set) >> (k) & 1)

/* Does the character before s[i] stand for a lead byte in page cp? */
static int
leadbefore(const char *s, size_t i, int cp)
{
	uint32_t u;
	size_t j = i - 1;
	int b;

	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	dec(s, i, j, &u);
	b = enc(cp, u);
	return b >= 0xC2 && b <= 0xF4;
}

/* The class of the last character of the UTF-8 text c. */
static int
lastclass(const char *c, size_t n)
{
	uint32_t u;
	size_t i = n;

	while (i > 0 && ((unsigned char)c[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0)
		return BAD_BOUND;
	dec(c, n, i - 1, &u);
	return bad_class(u);
}
#define LETTER(k)	IN(upper | lower | foreign, k)

/*
 * Read all of s as mojibake through page cp, every character not ASCII
 * part of a sequence: decode it into out; 1 if so. Text made mojibake
 * twice over decodes to mojibake, which decodes again.
 */
static int
redecode(const char *s, size_t n, int cp, struct buf *out)
{
	struct seq q;
	size_t i = 0;
	int any = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			buf_addc(out, s[i++]);
			continue;
		}
		if (!match(s, n, i, cp, &q) || q.lossy)
			return 0;
		addcp(out, q.u);
		i = q.end;
		any = 1;
	}
	return any;
}

/*
 * Put in *cost the badness of the candidate text c between the classes pp,
 * prev (the two before) and next; return 0 if it is implausible: pairs that correct text
 * does not have, a small letter after two capitals or between capitals, a
 * capital between small letters, one letter of another script touching a
 * Latin letter or alone, unless ctxok: letters of its script are near.
 * *alone: c is one letter between things that are not letters, which
 * needs support from other repairs.
 */
static int
candcost(const char *c, size_t n, int pp, int prev, int next, int ctxok,
    int *alone, long *cost, long *clean)
{
	uint32_t u;
	size_t i = 0;
	int k, nch = 0, lone;

	/*
	 * Mojibake garbles whole words past ASCII: a run beside a letter
	 * past ASCII that is no part of it is a word that was right.
	 */
	if (IN(wide, prev) || IN(wide, next))
		return 0;

	*cost = *clean = 0;
	while (i < n) {
		i += dec(c, n, i, &u);
		k = bad_class(u);
		/* Private use, or planes 4 to 13 where nothing is assigned. */
		if (!plausible(prev, k) || k == puaclass ||
		    (u >= 0x40000 && u < 0xE0000))
			return 0;
		if (nch == 0 && i == n && IN(foreign, k) && IN(latin, prev) &&
		    !ctxok)
			return 0;
		if (IN(lower, k) && IN(upper, prev) && (IN(upper, pp) ||
		    (i == n && IN(upper, next))))
			return 0;
		if (IN(upper, k) && IN(lower, prev) && i == n && IN(lower, next))
			return 0;
		*cost += bad_pair(prev, k) + bad_charcost(u);
		*clean += cleancost(prev, k, u);
		pp = prev;
		prev = k;
		nch++;
	}
	if (!plausible(prev, next) || (nch == 1 && IN(foreign, prev) &&
	    IN(latin, next) && !ctxok))
		return 0;
	lone = nch == 1 && LETTER(prev) && !LETTER(pp) && !LETTER(next);
	/* A lone letter of another script is not a repair: "дії" is not "䳿". */
	if (lone && IN(foreign, prev) && !ctxok)
		return 0;
	*alone = lone && bad_charcost(u) > ALONE_COMMON;
	/* A lone combining mark needs support from other repairs, or more. */
	if (nch == 1 && prev == combclass)
		*alone = 2;
	*cost += bad_pair(prev, next);
	*clean += cleancost(prev, next, 0) - CHAR_BASE;
	return 1;
}

/*
 * Are s[i..end) two symbols, no letter? Two such that make one symbol as
 * UTF-8 between things that are not letters or digits are more often meant
 * as they are ("`¬´ )" as a face) than mojibake ("¬´am»" for "«am»").
 */
static int
symbols(const char *s, size_t n, size_t i, size_t end)
{
	uint32_t u;
	int nch = 0;

	while (i < end) {
		i += dec(s, n, i, &u);
		if (LETTER(bad_class(u)) || ++nch > 2)
			return 0;
	}
	return nch == 2;
}

/* The script of class k: capitals with small letters, kana with ideographs. */
static int
script(int k)
{
	if (k == upclass[0])
		return upclass[1];
	if (k == upclass[2])
		return upclass[3];
	if (k == upclass[4])
		return upclass[5];
	return k;
}

/*
 * Is there a letter of the script of class k within NEAR bytes of the
 * run: before it in the output so far, or after it in s (read as mojibake
 * through page cp where it reads so)?
 */
static int
nearscript(const struct buf *out, const char *s, size_t n, size_t end, int cp,
    int k)
{
	struct seq q;
	uint32_t u;
	size_t i, lim;

	k = script(k);
	i = out->len;
	lim = i > NEAR ? i - NEAR : 0;
	while (i > lim) {
		while (--i > lim && ((unsigned char)out->p[i] & 0xC0) == 0x80)
			;
		dec(out->p, out->len, i, &u);
		if (script(bad_class(u)) == k)
			return 1;
	}
	for (i = end, lim = end + NEAR < n ? end + NEAR : n; i < lim; ) {
		if ((unsigned char)s[i] >= 0x80 && match(s, n, i, cp, &q) &&
		    !q.lossy) {
			u = q.u;
			i = q.end;
		} else
			i += dec(s, n, i, &u);
		if (script(bad_class(u)) == k)
			return 1;
	}
	return 0;
}

/*
 * Does the run end in a no-break space, now part of a rare letter that
 * glues two words together? "SELKÄ\u00A0EDELLÄ" is Finnish, not "SELKĠEDELLĠ".
 */
static int
glued(const char *s, size_t n, size_t i, size_t end, const char *c,
    size_t cn, int next)
{
	uint32_t u;

	(void)i;
	if (end < 2 || s[end - 2] != '\xC2' || s[end - 1] != '\xA0' ||
	    !LETTER(next) || utf8_decode((const unsigned char *)c, cn, &u) !=
	    (int)cn)
		return 0;
	(void)n;
	return LETTER(bad_class(u)) && bad_charcost(u) > ALONE_COMMON;
}

/*
 * Is s[i..end) all box drawing? CP437 mojibake of Cyrillic is, but line
 * art is too, and what it decodes to in Latin letters is seldom meant.
 */
static int
boxart(const char *s, size_t n, size_t i, size_t end)
{
	uint32_t u;

	while (i < end) {
		i += dec(s, n, i, &u);
		if (u < 0x2500 || u >= 0x25A0)
			return 0;
	}
	return 1;
}

/*
 * Judge the run s[i..end), that reads as UTF-8 through page cp giving the
 * text in f->r[0]: put what it should become in *c (and *cn) and the gain
 * in badness in *gain; return 0 if it should stay, 1 if it may go, 2 if it
 * may go but is lossy, 3 if it is a rare letter alone, 4 if a combining
 * mark alone. *depth: how many times over it was mojibake.
 */
static int
judge(struct fix *f, const char *s, size_t n, size_t i, size_t end, int cp,
    int ctx[3], int lossy, const struct buf *out, const char **c, size_t *cn,
    int *depth, long *gain)
{
	struct buf *a = &f->r[0], *b = &f->r[1], t;
	long cost, clean, oclean;
	uint32_t u;
	int alone, p, q = cp, ctxok;

	for (*depth = 1; *depth < FIX_MAXLAYER; ++*depth) {
		/* The same page first: it is the usual way to get there. */
		for (p = 0; p < CP_N; p++, q = (cp + p) % CP_N) {
			buf_reset(b);
			if (MOJI(q) && redecode(a->p, a->len, q, b))
				break;
		}
		if (p == CP_N)
			break;
		t = *a;
		*a = *b;
		*b = t;
	}
	*c = a->p;
	*cn = a->len;
	ctxok = 0;
	if (utf8_decode((const unsigned char *)a->p, a->len, &u) ==
	    (int)a->len && IN(foreign, bad_class(u)))
		ctxok = nearscript(out, s, n, end, cp, bad_class(u));
	if (!candcost(a->p, a->len, ctx[0], ctx[1], ctx[2], ctxok, &alone,
	    &cost, &clean))
		return 0;
	*gain = runcost(s, n, i, end, ctx[1], ctx[2], &oclean) - cost;
	/* The repair must also read better as correct text on its own. */
	if (oclean - clean < CLEAN_MIN)
		return 0;
	if (boxart(s, n, i, end)) {
		/*
		 * Line art decodes to Latin letters and punctuation now and
		 * then: taken as a lone letter, it needs a clear gain.
		 */
		if (!IN(foreign, lastclass(a->p, a->len)))
			alone = 1;
	} else if (symbols(s, n, i, end) && !LETTER(lastclass(a->p, a->len)) &&
	    !LETTER(ctx[1]) && !LETTER(ctx[2]) && ctx[1] != digitclass &&
	    ctx[2] != digitclass)
		return 0;
	if (glued(s, n, i, end, a->p, a->len, ctx[2]))
		alone = 1;
	return alone ? 2 + alone : lossy ? 2 : 1;
}

/*
 * Undo one layer of mojibake through page cp, each run of sequences where
 * reading it as UTF-8 makes the text more plausible; write the line to out.
 * A lossy run (its gain returned negative by judge) needs more gain, or
 * lossyok: whole sequences undone in the same line.
 */
static void
undo(struct fix *f, const char *s, size_t n, int cp, int lossyok,
    struct buf *out, struct layer *ly)
{
	struct seq q;
	const char *c;
	uint32_t u;
	size_t i = 0, j, cn;
	int ctx[3] = { BAD_BOUND, BAD_BOUND, BAD_BOUND }, k, nq, lossy, depth;
	int q0bare = 0;
	long g = 0;

	memset(ly, 0, sizeof(*ly));
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			/* ASCII never starts a sequence: copy it in one go. */
			for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
				;
			buf_add(out, s + i, j - i);
			ctx[0] = j - i > 1 ? bad_class((unsigned char)s[j - 2]) : ctx[1];
			ctx[1] = bad_class((unsigned char)s[j - 1]);
			i = j;
			continue;
		}
		buf_reset(&f->r[0]);
		for (nq = 0, lossy = 0, j = i; nq < RUN_MAX && j < n &&
		    (unsigned char)s[j] >= 0x80 && match(s, n, j, cp, &q); nq++) {
			if (nq == 0)
				q0bare = q.bare;
			lossy |= q.lossy;
			addcp(&f->r[0], q.u);
			j = q.end;
		}
		/*
		 * A lead and U+FFFD make one U+FFFD; after another lead that
		 * would make one again, and so on: leave such chains.
		 */
		if (nq > 0 && q0bare && i > 0 && leadbefore(s, i, cp))
			nq = 0;
		if (nq > 0) {
			if (j < n) {
				dec(s, n, j, &u);
				ctx[2] = ctxclass(u);
			} else
				ctx[2] = BAD_BOUND;
			k = judge(f, s, n, i, j, cp, ctx, lossy, out, &c, &cn,
			    &depth, &g);
			if (k > 1 && lossyok)
				k = 1;
			if (g - (k >= 3 ? prior[cp] : 0) >= (k == 1 ? GAIN_MIN :
			    k == 2 ? GAIN_LOSSY : k == 3 ? GAIN_ALONE :
			    k == 4 ? GAIN_MARK : LONG_MAX)) {
				buf_add(out, c, cn);
				ctx[0] = ctx[1];
				ctx[1] = lastclass(c, cn);
				ly->nbyte += j - i;
				i = j;
				ly->gain += g;
				ly->nfix += nq;
				ly->nwhole += !lossy;
				ly->nrun++;
				if (depth > ly->depth)
					ly->depth = depth;
				continue;
			}
		}
		k = dec(s, n, i, &u);
		buf_add(out, s + i, k);
		ctx[0] = ctx[1];
		ctx[1] = ctxclass(u);
		i += k;
	}
}

/* The pages worth trying on s: some character could lead a sequence there. */
static unsigned
candidates(const char *s, size_t n)
{
	uint32_t c, d;
	unsigned pages = 0, lead;
	size_t i = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += dec(s, n, i, &c);
		if (c > 0xFFFF || (lead = leadpages[c]) == 0 || i >= n)
			continue;
		dec(s, n, i, &d);
		/* A space stands for NBSP at the end of a sequence only. */
		if (d == ' ')
			lead = lead2pages[c];
		pages |= lead & followpages(d);
	}
	return pages;
}

/*
 * Pages of one family, which differ in a few letters: between them the
 * gain decides, ambiguity is for readings that have nothing in common.
 */
static int
family(int cp)
{
	switch (cp) {
	case CP_ISO8859_2:
		return CP_CP1250;
	case CP_LATIN1:
	case CP_ISO8859_15:
	case CP_CP1254:
		return CP_CP1252;
	}
	return cp;
}

/*
 * The letters of s past ASCII, and curly quotes: an apostrophe in
 * "council’s" says as much for the repair of a word as a letter does.
 */
static size_t
wideletters(const char *s, size_t n)
{
	uint32_t u;
	size_t i = 0, k = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += dec(s, n, i, &u);
		k += IN(wide, bad_class(u)) || bad_class(u) == quoteclass;
	}
	return k;
}

/* The bytes of s past ASCII. */
static size_t
nonascii(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += (unsigned char)s[i] >= 0x80;
	return k;
}

/* Undo mojibake, layer after layer, into out; 1 if any was undone. */
static int
mojibake(struct fix *f, const char *s, size_t n, struct buf *out)
{
	struct buf *cur = &f->m[0], *nxt = &f->m[1], *alt = &f->r[2], *sw;
	struct layer ly, best, ly2;
	long gain[CP_N], margin;
	unsigned pages;
	int cp, bestcp, ambiguous, layers = 0;

	for (; layers < FIX_MAXLAYER; layers++) {
		if ((pages = candidates(s, n)) == 0)
			break;
		bestcp = -1;
		memset(&best, 0, sizeof(best));
		for (cp = 0; cp < CP_N; cp++) {
			gain[cp] = LONG_MIN;
			if (!(pages >> cp & 1) || !MOJI(cp))
				continue;
			buf_reset(nxt);
			undo(f, s, n, cp, 0, nxt, &ly);
			if (ly.nwhole > 0) {
				buf_reset(nxt);
				undo(f, s, n, cp, 1, nxt, &ly);
			}
			if (ly.nfix == 0)
				continue;
			gain[cp] = ly.gain -= prior[cp];
			if (ly.gain > best.gain) {
				best = ly;
				bestcp = cp;
			}
		}
		if (bestcp < 0)
			break;
		buf_reset(nxt);
		undo(f, s, n, bestcp, best.nwhole > 0, nxt, &ly);
		/*
		 * One repair that another page reads about as well, and
		 * differently: which was meant is anyone's guess, so leave it.
		 * The more so when the line has other characters past ASCII,
		 * right as they are, that mojibake would have garbled too,
		 * and no letters past ASCII (or curly quotes) that would make
		 * the repair one more of a kind ("Mccoy – DrÃ¥ber", not
		 * "työnohjausta" or "council’s cafÃ©").
		 */
		margin = AMBIGUOUS;
		if (ly.nrun == 1 && nonascii(s, n) > ly.nbyte &&
		    wideletters(nxt->p, nxt->len) <= (size_t)ly.nfix)
			margin *= 3;
		for (ambiguous = 0, cp = 0; cp < CP_N && ly.nrun == 1; cp++) {
			if (cp == bestcp || gain[cp] < best.gain - margin ||
			    family(cp) == family(bestcp))
				continue;
			buf_reset(alt);
			undo(f, s, n, cp, 1, alt, &ly2);
			if (alt->len != nxt->len ||
			    memcmp(alt->p, nxt->p, alt->len) != 0)
				ambiguous = 1;
		}
		if (ambiguous)
			break;
		while (ly.depth-- > 0 && f->nlayer < FIX_MAXLAYER)
			f->layer[f->nlayer++] = bestcp;
		sw = cur;
		cur = nxt;
		nxt = sw;
		s = cur->p;
		n = cur->len;
	}
	if (layers == 0)
		return 0;
	buf_add(out, s, n);
	return 1;
}

/* Remove terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte ones. */
static int
escapes(struct fix *f, const char *s, size_t n, struct buf *out)
{
	const char *e;
	size_t i = 0;

	if (memchr(s, 0x1B, n) == NULL)
		return 0;
	while ((e = memchr(s + i, 0x1B, n - i)) != NULL) {
		buf_add(out, s + i, e - (s + i));
		i = e - s + 1;
		if (i < n && s[i] == '[') {
			for (i++; i < n && s[i] >= 0x20 && s[i] <= 0x3F; i++)
				;
			if (i < n && s[i] >= 0x40 && s[i] <= 0x7E)
				i++;
		} else if (i < n && s[i] == ']') {
			for (i++; i < n; i++) {
				if (s[i] == 0x07) {
					i++;
					break;
				}
				if (s[i] == 0x1B && i + 1 < n && s[i + 1] == '\\') {
					i += 2;
					break;
				}
			}
		} else if (i < n && s[i] >= 0x20 && s[i] <= 0x2F) {
			/* nF: intermediates, then a final byte 30..7E. */
			while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
				i++;
			if (i < n && s[i] >= 0x30 && s[i] <= 0x7E)
				i++;
		} else if (i < n && s[i] >= 0x40 && s[i] <= 0x7E)
			i++;
	}
	buf_add(out, s + i, n - i);
	f->did |= FIX_ESCAPES;
	return 1;
}

/* Remove U+FEFF, a byte order mark at the start or a stray one inside. */
static int
bom(struct fix *f, const char *s, size_t n, struct buf *out)
{
	size_t i = 0, j;
	int any = 0;

	for (j = 0; j + 2 < n; j++) {
		const char *e = memchr(s + j, 0xEF, n - 2 - j);

		if (e == NULL)
			break;
		j = e - s;
		if (s[j + 1] != '\xBB' || s[j + 2] != '\xBF')
			continue;
		buf_add(out, s + i, j - i);
		i = j + 3;
		j += 2;
		any = 1;
	}
	if (!any)
		return 0;
	buf_add(out, s + i, n - i);
	f->did |= FIX_BOM;
	return 1;
}

/* Is s[i] a NEL (C2 85) that breaks the line, text following it? */
static int
nelbreak(const char *str, size_t n, size_t i)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char nx;

	if (s[i] != 0xC2 || i + 2 >= n || s[i + 1] != 0x85)
		return 0;
	nx = s[i + 2];
	return nx >= 0xC3 || (nx >= '0' && nx <= '9') ||
	    ((nx | 0x20) >= 'a' && (nx | 0x20) <= 'z');
}

/*
 * Does the line look like HTML markup, a tag such as "<p>" or "</a>"?
 * References in markup are for an HTML parser to decode, with the tags.
 */
static int
markup(const char *s, size_t n)
{
	const char *lt, *p, *e = s + n;
	size_t i;

	/* Only up to a NEL that breaks the line: a second run reads apart. */
	for (i = 0; i + 2 < n; i++)
		if (nelbreak(s, n, i)) {
			e = s + i;
			break;
		}
	while ((lt = memchr(s, '<', e - s)) != NULL && lt + 1 < e) {
		s = lt + 1;
		if (*s != '/' && *s != '!' && ((*s | 0x20) < 'a' ||
		    (*s | 0x20) > 'z'))
			continue;
		/* A tag stays on its line: no control character inside. */
		for (p = s; p < e && *p != '>' && (unsigned char)*p >= 0x20; p++)
			;
		if (p < e && *p == '>')
			return 1;
		/*
		 * Any '<' before p would stop at p too: go on from there,
		 * so that a line of many '<' and no '>' is read once.
		 */
		s = p;
	}
	return 0;
}

/* Decode HTML character references, unless the text is markup. */
static int
entities(struct fix *f, const char *s, size_t n, struct buf *out)
{
	if (!f->markup && markup(s, n))
		f->markup = 1;
	if (f->markup || memchr(s, '&', n) == NULL)
		return 0;
	return htmlent_decode(out, s, n) > 0;
}

static int
nfc(struct fix *f, const char *s, size_t n, struct buf *out)
{
	(void)f;
	if (norm_isnfc(s, n))
		return 0;
	norm_nfc(out, s, n);
	return 1;
}

static int
mojistep(struct fix *f, const char *s, size_t n, struct buf *out)
{
	if (!mojibake(f, s, n, out))
		return 0;
	f->did |= FIX_MOJIBAKE;
	return 1;
}

/*
 * A C1 control in text is nearly always a Windows-1252 byte read as
 * ISO 8859-1: 0x85 is "…", 0x93 and 0x94 are curly quotes. NEL (0x85)
 * followed by text rather than a space or punctuation is a line break.
 */
static void
c1(struct fix *f, const char *s, size_t n, size_t i, struct buf *out)
{
	uint32_t u = ((unsigned char)s[i + 1] & 0x3F) | 0x80, v;
	unsigned char nx = i + 2 < n ? s[i + 2] : ' ';

	if (u == 0x85 && (f->flags & FIX_BREAKS) && (nx >= 0xC3 ||
	    (nx >= '0' && nx <= '9') || ((nx | 0x20) >= 'a' &&
	    (nx | 0x20) <= 'z'))) {
		buf_addc(out, '\n');
		f->did |= FIX_BREAKS;
	} else if ((v = cp_decode(CP_CP1252, u)) >= 0xA0 && (f->flags & FIX_C1)) {
		addcp(out, v);
		f->did |= FIX_C1;
	} else if (f->flags & FIX_CONTROLS)
		f->did |= FIX_CONTROLS;
	else
		buf_add(out, s + i, 2);
}

/* Bytes that may start a control character or a line break: C0, DEL, C2 (C1), E2 (U+2028). */
static const unsigned char special[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1,
	[0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1,
	[0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1,
	[0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
	[0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
	[0x1E] = 1, [0x1F] = 1, [0x7F] = 1, [0xC2] = 1, [0xE2] = 1,
};

/* Control characters, C1 controls and line breaks other than '\n'. */
static int
controls(struct fix *f, const char *s, size_t n, struct buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, from = 0;
	int did = f->did;

	for (i = 0; i < n; i++) {
		if (!special[u[i]])
			continue;
		if (u[i] == '\t' || u[i] == '\n')
			continue;
		if (u[i] == 0xC2 && !(i + 1 < n && u[i + 1] < 0xA0))
			continue;
		if (u[i] == 0xE2 && !(i + 2 < n && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)))
			continue;
		if (u[i] == '\r' || u[i] == 0xE2) {
			if (!(f->flags & FIX_BREAKS))
				continue;
			buf_add(out, s + from, i - from);
			buf_addc(out, '\n');
			f->did |= FIX_BREAKS;
			if (u[i] == '\r' && i + 1 < n && u[i + 1] == '\n')
				i++;
			i += u[i] == 0xE2 ? 2 : 0;
		} else if (u[i] == 0xC2) {
			if (!(f->flags & (FIX_C1 | FIX_CONTROLS | FIX_BREAKS)))
				continue;
			buf_add(out, s + from, i - from);
			c1(f, s, n, i, out);
			i++;
		} else {
			if (!(f->flags & FIX_CONTROLS))
				continue;
			buf_add(out, s + from, i - from);
			f->did |= FIX_CONTROLS;
		}
		from = i + 1;
	}
	if (from == 0 && f->did == did)
		return 0;
	buf_add(out, s + from, n - from);
	return 1;
}

/* Replace the characters map has a string for; 1 if any was. */
static int
mapchars(const char *s, size_t n, struct buf *out,
    const char *(*map)(uint32_t))
{
	const char *r;
	uint32_t c;
	size_t i = 0, from = 0;
	int k, any = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = dec(s, n, i, &c);
		if ((r = map(c)) != NULL) {
			buf_add(out, s + from, i - from);
			buf_adds(out, r);
			from = i + k;
			any = 1;
		}
		i += k;
	}
	if (any)
		buf_add(out, s + from, n - from);
	return any;
}

static const char *
uncurlmap(uint32_t c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC:
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
		return "\"";
	}
	return NULL;
}

static const char *
ligmap(uint32_t c)
{
	static const char *const lig[] = {
		"ff", "fi", "fl", "ffi", "ffl", "st", "st"
	};
	static const char *const dig[] = {
		"D\xC5\xBD", "D\xC5\xBE", "d\xC5\xBE", "LJ", "Lj", "lj",
		"NJ", "Nj", "nj"
	};

	if (c >= 0xFB00 && c <= 0xFB06)
		return lig[c - 0xFB00];
	if (c >= 0x01C4 && c <= 0x01CC)
		return dig[c - 0x01C4];
	if (c >= 0x01F1 && c <= 0x01F3)
		return (const char *[]){ "DZ", "Dz", "dz" }[c - 0x01F1];
	switch (c) {
	case 0x0132:
		return "IJ";
	case 0x0133:
		return "ij";
	case 0x0149:
		return "\xCA\xBCn";
	}
	return NULL;
}

static const char *
widthmap(uint32_t c)
{
	static char one[0x5F][2];
	int i;

	if (one[0][0] == 0)
		for (i = 0; i < 0x5F; i++)
			one[i][0] = 0x21 + i;
	if (c >= 0xFF01 && c <= 0xFF5E)
		return one[c - 0xFF01];
	return c == 0x3000 ? " " : NULL;
}

static int
uncurl(struct fix *f, const char *s, size_t n, struct buf *out)
{
	(void)f;
	return mapchars(s, n, out, uncurlmap);
}

static int
ligatures(struct fix *f, const char *s, size_t n, struct buf *out)
{
	(void)f;
	return mapchars(s, n, out, ligmap);
}

static int
width(struct fix *f, const char *s, size_t n, struct buf *out)
{
	(void)f;
	return mapchars(s, n, out, widthmap);
}


/* What a line needs looked at, found in one pass (survey). */
#define NEED_ESC	1	/* ESC */
#define NEED_BOM	2	/* EF: maybe U+FEFF */
#define NEED_AMP	4	/* '&' or '<' */
#define NEED_CTRL	8	/* C0, DEL, C1, U+2028, U+2029 */
#define NEED_WIDE	16	/* anything past ASCII */
#define NEED_BREAK	32	/* CR, U+2028, U+2029 */
#define NEED_BAD	64	/* not UTF-8 */

static int
survey(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones << 7;
	uint64_t w, x, y;
	uint32_t u;
	size_t i = 0;
	int need = 0, k;

	while (i < n) {
		/* Printable ASCII without '&', eight bytes at a time. */
		for (; i + 8 <= n; i += 8) {
			memcpy(&w, s + i, 8);
			x = w ^ (ones * '&');
			y = w ^ (ones * '<');
			if (((w - ones * 0x20) | w | (x - ones) | (y - ones) |
			    ((w + ones) & high)) & high)
				break;
		}
		if (i >= n)
			break;
		switch (s[i]) {
		case 0x1B:
			need |= NEED_ESC | NEED_CTRL;
			break;
		case '&':
		case '<':
			need |= NEED_AMP;
			break;
		case 0xEF:
			need |= NEED_BOM | NEED_WIDE;
			break;
		case 0xC2:
			need |= NEED_WIDE;
			if (i + 1 < n && s[i + 1] < 0xA0)
				need |= NEED_CTRL;
			break;
		case 0xE2:
			need |= NEED_WIDE;
			if (i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 ||
			    s[i + 2] == 0xA9))
				need |= NEED_CTRL | NEED_BREAK;
			break;
		default:
			if ((s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7F)
				need |= NEED_CTRL | (s[i] == '\r' ? NEED_BREAK : 0);
		}
		if (s[i] >= 0x80) {
			need |= NEED_WIDE;
			/* The usual: two bytes, or punctuation E2 80 xx. */
			if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
			    (s[i + 1] & 0xC0) == 0x80)
				k = 2;
			else if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
			    (s[i + 2] & 0xC0) == 0x80)
				k = 3;
			else if ((k = utf8_decode(s + i, n - i, &u)) < 0) {
				need |= NEED_BAD;
				k = 1;
			}
			i += k;
		} else
			i++;
	}
	return need;
}

/*
 * Run one step on the line so far, f->b[f->cur], if it is turned on;
 * return what the line needs now.
 */
static int
step(struct fix *f, int flag, const char **s, size_t *n,
    int (*fn)(struct fix *, const char *, size_t, struct buf *), int need)
{
	struct buf *o = &f->b[f->cur ^ 1];
	int did = f->did;

	if (!(f->flags & flag))
		return need;
	buf_reset(o);
	if (!fn(f, *s, *n, o))
		return need;
	f->did |= flag & ~(FIX_C1 | FIX_CONTROLS | FIX_BREAKS);
	if (o->len == *n && memcmp(o->p, *s, *n) == 0) {
		f->did = did;
		return need;
	}
	f->cur ^= 1;
	*s = o->len > 0 ? o->p : "";
	*n = o->len;
	return survey(*s, *n);
}


static void
pipeline(struct fix *f, const char **s, size_t *n, int need)
{
	if (need & NEED_ESC)
		need = step(f, FIX_ESCAPES, s, n, escapes, need);
	if (need & NEED_BOM)
		need = step(f, FIX_BOM, s, n, bom, need);
	if (need & NEED_AMP)
		need = step(f, FIX_ENTITIES, s, n, entities, need);
	if (need & NEED_WIDE)
		need = step(f, FIX_MOJIBAKE, s, n, mojistep, need);
	if (need & NEED_CTRL)
		need = step(f, FIX_C1 | FIX_CONTROLS | FIX_BREAKS, s, n,
		    controls, need);
	if (need & NEED_WIDE) {
		need = step(f, FIX_NFC, s, n, nfc, need);
		need = step(f, FIX_UNCURL, s, n, uncurl, need);
		need = step(f, FIX_LIGATURES, s, n, ligatures, need);
		step(f, FIX_WIDTH, s, n, width, need);
	}
}


/* Copy s to out with CR LF, CR, U+2028 and U+2029 as '\n'. */
static void
breaks(const char *s, size_t n, struct buf *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\r') {
			buf_addc(out, '\n');
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
		} else if (s[i] == '\xE2' && i + 2 < n && s[i + 1] == '\x80' &&
		    (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
			buf_addc(out, '\n');
			i += 2;
		} else
			buf_addc(out, s[i]);
	}
}

/* Run the steps until nothing changes, so that running them again changes nothing. */
static void
settle(struct fix *f, const char **s, size_t *n, int need)
{
	int round, did;

	/* Each step that changes the line shortens it or ends; bound it anyway. */
	for (round = 0; round < 16; round++) {
		did = f->did;
		f->did = 0;
		pipeline(f, s, n, round == 0 ? need : survey(*s, *n));
		if (f->did == 0) {
			f->did = did;
			break;
		}
		f->did |= did;
	}
}

/*
 * The line now holds line breaks: a second run reads each part as a line
 * of its own, so settle each part on its own now (depth times over, as a
 * part may break again).
 */
static void
split(struct fix *f, const char **s, size_t *n, int depth, int markup0)
{
	struct buf *whole = &f->w[depth & 1], *out = &f->w[2 + (depth & 1)];
	const char *p, *e, *nl, *q;
	size_t qn;

	buf_reset(whole);
	buf_add(whole, *s, *n);
	buf_reset(out);
	/* Markup is found part by part too, as a second run finds it. */
	f->markup = markup0;
	for (p = whole->p, e = p + whole->len; ; p = nl + 1) {
		nl = memchr(p, '\n', e - p);
		q = p;
		qn = (nl != NULL ? nl : e) - p;
		f->cur = 0;
		settle(f, &q, &qn, survey(q, qn));
		buf_add(out, q, qn);
		if (nl == NULL)
			break;
		buf_addc(out, '\n');
	}
	*s = out->len > 0 ? out->p : "";
	*n = out->len;
	if (depth > 1 && (whole->len != out->len ||
	    memcmp(whole->p, out->p, out->len) != 0))
		split(f, s, n, depth - 1, markup0);
}

void
fix_line(struct fix *f, const char *s, size_t n, const char **out,
    size_t *outlen)
{
	int need, markup0 = f->markup;

	f->did = 0;
	f->nlayer = 0;
	f->legacy = -1;
	f->cur = 0;
	need = survey(s, n);
	if (f->from < 0 && need == 0) {
		*out = s;
		*outlen = n;
		return;
	}
	if (f->from >= 0 || (need & NEED_BAD)) {
		buf_reset(&f->b[0]);
		f->legacy = f->from != -1 ? f->from :
		    f->guess >= 0 ? f->guess : fix_guess(s, n);
		fix_decode(f, &f->b[0], s, n, f->legacy);
		if (f->legacy >= 0)
			f->did |= FIX_LEGACY;
		s = n > 0 ? f->b[0].p : "";
		n = f->b[0].len;
		need = survey(s, n);
	}
	/*
	 * CR, U+2028 and U+2029 end lines: settle the parts they make each
	 * on its own, as a second run reads them. (NEL may be mojibake or
	 * "…" as well as a break: it is left to the steps.)
	 */
	if ((f->flags & FIX_BREAKS) && (need & NEED_BREAK)) {
		buf_reset(&f->b[1]);
		breaks(s, n, &f->b[1]);
		s = f->b[1].p;
		n = f->b[1].len;
		f->did |= FIX_BREAKS;
		f->cur = 1;
	} else
		settle(f, &s, &n, need);
	if (memchr(s, '\n', n) != NULL)
		split(f, &s, &n, 2, markup0);
	*out = s;
	*outlen = n;
}

/* A character of page cp for legacy input; U+FFFD where the byte is undefined. */
static uint32_t
legacychar(int cp, unsigned char c)
{
	uint32_t u = cp_decode(cp, c);

	return u == 0 || (u >= 0x80 && u < 0xA0 && c < 0xA0) ? UTF8_REPL : u;
}

void
fix_decode(struct fix *f, struct buf *b, const char *str, size_t n, int cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, good = 0, bad = 0, k;
	uint32_t u;
	int r, keep = 1;

	if (cp >= 0 && f->from < 0) {
		/* Keep what is UTF-8 when most of the line is. */
		for (i = 0; i < n; i += r > 0 ? r : 1)
			if ((r = utf8_decode(s + i, n - i, &u)) > 1)
				good++;
			else if (r < 0)
				bad++;
		keep = good > bad;
	} else if (cp >= 0)
		keep = 0;
	for (i = 0; i < n; ) {
		if (s[i] < 0x80) {
			buf_addc(b, s[i++]);
			continue;
		}
		if (keep && (r = utf8_decode(s + i, n - i, &u)) > 0) {
			buf_add(b, s + i, r);
			i += r;
			continue;
		}
		if (cp < 0) {
			k = utf8_badlen(s + i, n - i);
			u = UTF8_REPL;
		} else {
			k = 1;
			u = legacychar(cp, s[i]);
		}
		if (u == UTF8_REPL) {
			f->nrepl++;
			f->did |= FIX_INVALID;
		}
		addcp(b, u);
		i += k;
	}
}

int
fix_guess(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	long score, best = 0;
	uint32_t u;
	size_t i;
	int cp, bestcp = CP_CP1252, prev, c;

	for (cp = 0; cp < CP_N; cp++) {
		if (!GUESSABLE(cp))
			continue;
		score = 0;
		prev = BAD_BOUND;
		for (i = 0; i < n; i++) {
			/* Pairs of ASCII cost the same in every page. */
			if (s[i] < 0x80 && i > 0 && s[i - 1] < 0x80) {
				prev = bad_class(s[i]);
				continue;
			}
			u = legacychar(cp, s[i]);
			c = bad_class(u);
			/*
			 * Rarity within the class: correct text has more of
			 * some scripts than of others, legacy text has any.
			 */
			score += cleancost(prev, c, u) - classmin[c];
			if (u == UTF8_REPL)
				score += GUESS_UNDEFINED;
			prev = c;
		}
		score += cleancost(prev, BAD_BOUND, 0) - CHAR_BASE + prior[cp];
		if (cp == 0 || score < best) {
			best = score;
			bestcp = cp;
		}
	}
	return bestcp;
}

void
fix_names(const struct fix *f, struct buf *b)
{
	static const struct {
		int		 flag;
		const char	*name;
	} steps[] = {
		{ FIX_LEGACY, "legacy" }, { FIX_INVALID, "invalid-utf8" },
		{ FIX_ESCAPES, "terminal-escapes" }, { FIX_BOM, "bom" },
		{ FIX_ENTITIES, "html-entities" }, { FIX_MOJIBAKE, "mojibake" },
		{ FIX_C1, "c1-controls" }, { FIX_CONTROLS, "controls" },
		{ FIX_BREAKS, "line-breaks" }, { FIX_NFC, "nfc" },
		{ FIX_UNCURL, "uncurl" }, { FIX_LIGATURES, "ligatures" },
		{ FIX_WIDTH, "width" },
	};
	size_t i, start = b->len;
	int k, same;

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (!(f->did & steps[i].flag))
			continue;
		if (b->len > start)
			buf_addc(b, ',');
		buf_adds(b, steps[i].name);
		if (steps[i].flag == FIX_LEGACY && f->legacy >= 0) {
			buf_addc(b, ':');
			buf_adds(b, cp_name(f->legacy));
		}
		if (steps[i].flag != FIX_MOJIBAKE || f->nlayer == 0)
			continue;
		/* cp1252x2 when one page twice over, else each in turn. */
		buf_addc(b, ':');
		for (same = 1, k = 1; k < f->nlayer; k++)
			same &= f->layer[k] == f->layer[0];
		for (k = 0; k < f->nlayer; k++) {
			if (k > 0 && same)
				break;
			if (k > 0)
				buf_addc(b, '+');
			buf_adds(b, cp_name(f->layer[k]));
		}
		if (same && f->nlayer > 1) {
			buf_addc(b, 'x');
			buf_addc(b, '0' + f->nlayer);
		}
	}
}

void
fix_init(struct fix *f, int flags, int from)
{
	memset(f, 0, sizeof(*f));
	f->flags = flags;
	f->from = from;
	f->guess = -1;
	setup();
}

void
fix_free(struct fix *f)
{
	int i;

	for (i = 0; i < 2; i++) {
		buf_free(&f->b[i]);
		buf_free(&f->m[i]);
		buf_free(&f->r[i]);
	}
	buf_free(&f->r[2]);
	for (i = 0; i < 4; i++)
		buf_free(&f->w[i]);
}
