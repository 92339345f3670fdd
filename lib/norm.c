/* norm.c: Unicode Normalization Form C (UAX #15) from lib/tab/norm.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "news.h"
#include "norm.h"
#include "utf8.h"

#define CCC(p)		((p) & 0xFF)
#define QC(p)		((p) >> 8 & 3)
#define SAFE(p)		((p) >> 10 & 1)

/*
 * In a segment each code point is kept as cp | MAYBE | ccc << 24: the
 * code point, whether it may combine with a starter before it
 * (NFC_QC=Maybe), and its canonical combining class.
 */
#define CPMASK		0x1FFFFFu
#define MAYBE		0x800000u
#define PCCC(v)		((v) >> 24)

/* Hangul syllables, Unicode 15.0 section 3.12. */
#define SBASE	0xAC00
#define LBASE	0x1100
#define VBASE	0x1161
#define TBASE	0x11A7
#define LCOUNT	19
#define VCOUNT	21
#define TCOUNT	28
#define NCOUNT	(VCOUNT * TCOUNT)
#define SCOUNT	(LCOUNT * NCOUNT)

/* Runs of combining marks longer than this are sorted by counting. */
#define SHORTRUN	32

static unsigned
prop(uint32_t cp)
{
	return norm_propval[NORM_LOOKUP(norm_prop, cp)];
}

/* Whether the 8 bytes at s are all ASCII. */
static int
ascii8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & 0x8080808080808080ull) == 0;
}

static uint32_t
pack(uint32_t cp)
{
	unsigned p = prop(cp);

	return cp | (QC(p) == NORM_QC_MAYBE ? MAYBE : 0) |
	    (uint32_t)CCC(p) << 24;
}

/* Append the full canonical decomposition of cp to v; return its length. */
static size_t
decompose(uint32_t cp, uint32_t *v)
{
	unsigned d, i, len;
	uint32_t si;

	if (cp >= SBASE && cp < SBASE + SCOUNT) {
		si = cp - SBASE;
		v[0] = pack(LBASE + si / NCOUNT);
		v[1] = pack(VBASE + si % NCOUNT / TCOUNT);
		if (si % TCOUNT == 0)
			return 2;
		v[2] = pack(TBASE + si % TCOUNT);
		return 3;
	}
	if ((d = NORM_LOOKUP(norm_dec, cp)) == 0) {
		v[0] = pack(cp);
		return 1;
	}
	d = norm_decval[d];
	len = (d & 3) + 1;
	for (i = 0; i < len; i++)
		v[i] = pack(norm_decpool[(d >> 2) + i]);
	return len;
}

/* Stable sort of v[0..n) by combining class, counting (classes are 1-254). */
static void
countsort(uint32_t *v, size_t n)
{
	size_t pos[256] = { 0 }, i, c, sum = 0;
	uint32_t *tmp = nu_alloc(n * sizeof(*v));

	for (i = 0; i < n; i++)
		pos[PCCC(v[i])]++;
	for (c = 0; c < 256; c++) {
		i = pos[c];
		pos[c] = sum;
		sum += i;
	}
	for (i = 0; i < n; i++)
		tmp[pos[PCCC(v[i])]++] = v[i];
	memcpy(v, tmp, n * sizeof(*v));
	free(tmp);
}

/* Stable insertion sort of v[0..n) by combining class. */
static void
inssort(uint32_t *v, size_t n)
{
	size_t i, k;
	uint32_t x;

	for (i = 1; i < n; i++) {
		x = v[i];
		for (k = i; k > 0 && PCCC(v[k - 1]) > PCCC(x); k--)
			v[k] = v[k - 1];
		v[k] = x;
	}
}

/* Canonical ordering (Unicode 3.11 D109): sort each run of non-starters. */
static void
reorder(uint32_t *v, size_t n)
{
	size_t i = 0, run;

	while (i < n) {
		if (PCCC(v[i]) == 0) {
			i++;
			continue;
		}
		for (run = i; run < n && PCCC(v[run]) != 0; run++)
			;
		if (run - i > SHORTRUN)
			countsort(v + i, run - i);
		else
			inssort(v + i, run - i);
		i = run;
	}
}

/* The primary composite of a and b, or 0. */
static uint32_t
compose(uint32_t a, uint32_t b)
{
	size_t lo = 0, hi = NORM_NCOMP, mid;
	const struct norm_pair *p;

	if (a >= LBASE && a < LBASE + LCOUNT &&
	    b >= VBASE && b < VBASE + VCOUNT)
		return SBASE + ((a - LBASE) * VCOUNT + b - VBASE) * TCOUNT;
	if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 &&
	    b > TBASE && b < TBASE + TCOUNT)
		return a + b - TBASE;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		p = &norm_comp[mid];
		if (p->first == a && p->second == b)
			return p->comp;
		if (p->first < a || (p->first == a && p->second < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * The canonical composition algorithm (Unicode 3.11 D117) over v[0..n);
 * return the new length.  A character combines with the last starter when
 * nothing between them has a class as high as its own (it is not blocked).
 */
static size_t
recompose(uint32_t *v, size_t n)
{
	size_t i, out = 0, starter = SIZE_MAX;
	unsigned last = 0, c;
	uint32_t comp;

	for (i = 0; i < n; i++) {
		c = PCCC(v[i]);
		if (starter != SIZE_MAX && (v[i] & MAYBE) &&
		    (last < c || last == 0) &&
		    (comp = compose(v[starter] & CPMASK, v[i] & CPMASK)) != 0) {
			v[starter] = pack(comp);
			continue;
		}
		if (c == 0)
			starter = out;
		last = c;
		v[out++] = v[i];
	}
	return out;
}

/* Append the NFC of the valid UTF-8 segment s[0..n) to b. */
static void
segment(struct buf *b, const char *s, size_t n)
{
	uint32_t small[128], *v = small, cp;
	size_t i, len = 0;
	int k;

	/* At most 2 code points per byte of UTF-8 (mknorm.py checks). */
	if (2 * n > sizeof(small) / sizeof(small[0]))
		v = nu_alloc(2 * n * sizeof(*v));
	for (i = 0; i < n; i += k) {
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		len += decompose(cp, v + len);
	}
	reorder(v, len);
	len = recompose(v, len);
	buf_reserve(b, len * UTF8_MAX);
	for (i = 0; i < len; i++)
		b->len += utf8_encode(v[i] & CPMASK, b->p + b->len);
	if (v != small)
		free(v);
}

/* The end of the segment that holds s[i]: the next boundary at or after i. */
static size_t
segend(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	int k;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80)
			return i;
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (k < 0 || cp < 0x300 || SAFE(prop(cp)))
			return i;
		i += k;
	}
	return n;
}

/*
 * Decode the character at s, of at most n bytes: the common two- and
 * three-byte forms here, the rest by utf8_decode.
 */
static int
decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (s[0] >= 0xC2 && s[0] < 0xE0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] > 0xE0 && s[0] < 0xF0 && s[0] != 0xED && n >= 3 &&
	    (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = (uint32_t)(s[0] & 0x0F) << 12 |
		    (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		return 3;
	}
	return utf8_decode(s, n, cp);
}

/*
 * The hot loop.  Scan s[i..n) while it passes the NFC quick check: return
 * where it stops (n, an invalid sequence or a character that fails the
 * check) and set *safe to the last boundary before that.  ASCII goes 8
 * bytes at a time; two-byte characters that are boundaries (Latin-1,
 * Greek, Cyrillic, Hebrew and Arabic letters) are found in a bitmap.
 */
static size_t
scan(const unsigned char *s, size_t n, size_t i, size_t *safe)
{
	size_t sf = *safe;
	unsigned last = 0, pr, c;
	uint32_t cp;
	int k;

	while (i < n) {
		if (s[i] < 0x80) {
			while (n - i > 8 && ascii8(s + i))
				i += 8;
			while (i < n && s[i] < 0x80)
				i++;
			sf = i - 1;
			last = 0;
			continue;
		}
		if (s[i] >= 0xC2 && s[i] < 0xE0 && i + 1 < n &&
		    (s[i + 1] & 0xC0) == 0x80) {
			cp = (uint32_t)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
			if (norm_safe2[cp >> 3] >> (cp & 7) & 1) {
				sf = i;
				last = 0;
				i += 2;
				continue;
			}
			k = 2;
		} else if ((k = decode(s + i, n - i, &cp)) < 0) {
			break;
		}
		pr = prop(cp);
		c = CCC(pr);
		if (SAFE(pr)) {
			sf = i;
			last = 0;
		} else if (QC(pr) != NORM_QC_YES || (c != 0 && last > c)) {
			break;
		} else {
			last = c;
		}
		i += k;
	}
	*safe = sf;
	return i;
}

int
norm_isnfc(const char *s, size_t n)
{
	size_t safe = 0;

	return n == 0 || scan((const unsigned char *)s, n, 0, &safe) == n;
}

/*
 * Copy text that passes the quick check as it is; from the last boundary
 * before a character that fails it to the next boundary after, decompose,
 * reorder and recompose.  A boundary is a character nothing before it can
 * combine or reorder with (mknorm.py), or an invalid byte.
 */
void
norm_nfc(struct buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, done = 0, safe = 0, end;
	uint32_t cp;
	int k;

	if (n == 0)
		return;
	while ((i = scan(u, n, i, &safe)) < n) {
		if ((k = utf8_decode(u + i, n - i, &cp)) < 0) {
			i += utf8_badlen(u + i, n - i);
			safe = i;
			continue;
		}
		end = segend(s, n, i + k);
		buf_add(b, s + done, safe - done);
		segment(b, s + safe, end - safe);
		done = safe = i = end;
	}
	buf_add(b, s + done, n - done);
}
