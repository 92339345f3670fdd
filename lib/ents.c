/*
 * ents.c: named entities with an averaged-perceptron BIO tagger.
 *
 * A word's features depend on the word alone (its form, shape, affixes,
 * gazetteer flags), in one of five slots (itself, or a neighbour at -2..+2),
 * plus a context code (case, sentence start, capitals, document flags). So a
 * word's five score vectors are computed once, cached in a word table, and
 * a token's label scores are seven vector sums; Viterbi then runs over the
 * nine BIO labels, plus a run code (the token's place among capitalized
 * words and what the last of them is). The model (lib/tab/model.c) is made
 * by train/ntrain.c.
 *
 * For speed: the tokenizer finds, hashes and looks up most words at once
 * (fastword) and marks each line's sentences while it is in cache
 * (markline); the passes after tagging visit lists of the tokens they can
 * change; a segment tagged before takes its labels from a memo (tagseg).
 */
#include <stdlib.h>
#include <string.h>

#include "ents.h"
#include "names.h"
#include "news.h"
#include "shape.h"

const char *const ents_types[ENT_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

#define NEG	(-100000000)
#define VW	12	/* score vectors: ENTS_NLAB padded for vector units */
#define WMAX	ENTS_WMAX

/* Case of the code point at s: 1 upper, 2 lower, 3 other letter, 0 none. */
static int
ucase(const unsigned char *s, size_t n, size_t *used)
{
	unsigned c;

	*used = 1;
	if (s[0] < 0x80) {
		if (s[0] >= 'A' && s[0] <= 'Z')
			return 1;
		if (s[0] >= 'a' && s[0] <= 'z')
			return 2;
		return 0;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*used = 2;
		c = (s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu);
		if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
			return 1;
		if (c >= 0xDF && c <= 0xFF && c != 0xF7)
			return 2;
		if (c >= 0x100 && c <= 0x17F)
			return (c & 1) ? 2 : 1;
		if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F))
			return 1;
		if ((c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F))
			return 2;
		return c >= 0x180 ? 3 : 0;
	}
	if (s[0] >= 0xE0 && s[0] <= 0xEF && n >= 3) {
		*used = 3;
		c = (s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
		if (c >= 0x2000 && c <= 0x2BFF)
			return 0;	/* punctuation, symbols */
		return c >= 0x3000 ? 3 : 0;
	}
	if (s[0] >= 0xF0 && n >= 4)
		*used = 4;
	return 0;
}

/* Fold s to lower case into d (same length); return the length. */
static size_t
lower(const char *s, size_t n, char *d)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c;
	size_t i;

	for (i = 0; i < n; i++) {
		d[i] = s[i];
		if (u[i] >= 'A' && u[i] <= 'Z')
			d[i] = s[i] + ('a' - 'A');
		else if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n &&
		    (u[i + 1] & 0xC0) == 0x80) {
			c = (u[i] & 0x1Fu) << 6 | (u[i + 1] & 0x3Fu);
			if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
				c += 0x20;
			else if (c >= 0x100 && c <= 0x17F && !(c & 1))
				c++;
			else if ((c >= 0x391 && c <= 0x3A9) ||
			    (c >= 0x410 && c <= 0x42F))
				c += 0x20;
			else if (c >= 0x400 && c <= 0x40F)
				c += 0x50;
			d[i] = (char)(0xC0 | c >> 6);
			d[i + 1] = (char)(0x80 | (c & 0x3F));
			i++;
		}
	}
	return n;
}

size_t
ents_lower(const char *s, size_t n, char *d)
{
	return lower(s, n, d);
}

/* ASCII letters and digits: 1 upper, 2 lower, 4 digit. */
static const unsigned char ascii[128] = {
	['0'] = 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1,
	['a'] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2,
};

int
ents_capclass(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k;
	int up = 0, lo = 0, dig = 0, first = 0, c;

	for (i = 0; i < n && u[i] < 0x80; i++) {
		c = ascii[u[i]];
		dig |= c & 4;
		up += c & 1;
		lo |= c & 2;
		if (first == 0)
			first = c & 3;
	}
	for (; i < n; i += k) {
		if (u[i] < 0x80) {
			k = 1;
			c = ascii[u[i]];
			if (c == 4) {
				dig++;
				continue;
			}
		} else if ((c = ucase(u + i, n - i, &k)) == 3)
			c = 2;
		if (first == 0 && c)
			first = c;
		up += c == 1;
		lo += c == 2;
	}
	if (dig)
		return 5;
	if (!up && !lo)
		return 0;
	if (first == 2)
		return up ? 6 : 1;
	if (lo)
		return 2;
	return up >= 2 ? 3 : 4;
}

/* Gazetteer: binary search over word offsets, made on first use. */
static uint32_t *gazoff;

static void
gazinit(void)
{
	size_t i, p = 0;

	gazoff = nu_alloc((gaz_nwords + 1) * sizeof(*gazoff));
	for (i = 0; i < gaz_nwords; i++) {
		gazoff[i] = (uint32_t)p;
		p += strlen(gaz_words + p) + 1;
	}
	gazoff[i] = (uint32_t)p;	/* word i ends before gazoff[i + 1] */
}

static unsigned
gazfind(const char *s, size_t n)
{
	size_t lo = 0, hi = gaz_nwords, mid, kl;
	const char *k;
	int c;

	if (gazoff == NULL)
		gazinit();
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		k = gaz_words + gazoff[mid];
		kl = gazoff[mid + 1] - gazoff[mid] - 1;
		c = memcmp(k, s, kl < n ? kl : n);
		if (c == 0)
			c = (kl > n) - (kl < n);
		if (c == 0)
			return gaz_flags[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

unsigned
ents_gaz(const char *s, size_t n)
{
	char b[WMAX];
	unsigned f;

	if (n == 0 || n > WMAX)
		return 0;
	lower(s, n, b);
	f = gazfind(b, n);
	if (names_gender(s, n))
		f |= GAZ_GIVEN;
	return f;
}

/* FNV-1a over a kind, a small number and some bytes. */
static uint32_t
fhash(int slot, int kind, unsigned num, const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	h = (h ^ (uint32_t)slot) * 16777619u;
	h = (h ^ (uint32_t)kind) * 16777619u;
	h = (h ^ num) * 16777619u;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	h ^= h >> 15;
	h *= 0x2c1b3c6du;
	h ^= h >> 12;
	return h & ((1u << ENTS_FBITS) - 1);
}

/* Word shape: X x d for letters and digits, runs cut to at most cap. */
static size_t
shape(const char *s, size_t n, int cap, char *d, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k, m = 0;
	int c, run = 0;
	char ch, prev = 0;

	for (i = 0; i < n && m < max; i += k) {
		c = ucase(u + i, n - i, &k);
		if (c == 1)
			ch = 'X';
		else if (c == 2 || c == 3)
			ch = 'x';
		else if (u[i] >= '0' && u[i] <= '9')
			ch = 'd';
		else if (u[i] < 0x80)
			ch = (char)u[i];
		else
			ch = 'u';
		run = ch == prev ? run + 1 : 1;
		prev = ch;
		if (run <= cap)
			d[m++] = ch;
	}
	return m;
}

/* Bytes of the first k code points of s, or of its last k (from the end). */
static size_t
cpbytes(const char *s, size_t n, size_t k, int end)
{
	size_t i, c = 0;

	if (!end) {
		for (i = 0; i < n; i++)
			if ((s[i] & 0xC0) != 0x80 && c++ == k)
				return i;
		return n;
	}
	for (i = n; i > 0; i--)
		if ((s[i - 1] & 0xC0) != 0x80 && ++c == k)
			return n - (i - 1);
	return n;
}

/* The features of word s in a slot, given its lower case, flags and class. */
static size_t
wfeats(const char *s, size_t n, const char *lw, unsigned g, int cc, int slot,
    uint32_t *f)
{
	char sh[16];
	size_t m = 0, k, l, len;

	g &= ~(unsigned)GAZ_NATION;	/* not a feature */
	f[m++] = fhash(slot, 'w', 0, lw, n);
	if (slot == SL_SELF)	/* the trainer may drop these first two */
		f[m++] = fhash(slot, 'W', 0, s, n);
	f[m++] = fhash(slot, 'c', (unsigned)cc, NULL, 0);
	if (slot == SL_P2 || slot == SL_N2)
		return m;
	l = shape(s, n, 1, sh, sizeof(sh));
	f[m++] = fhash(slot, 's', 0, sh, l);
	f[m++] = fhash(slot, 'g', g, NULL, 0);
	f[m++] = fhash(slot, 'G', g | (unsigned)cc << 16, NULL, 0);
	len = cpbytes(lw, n, 3, 1);
	f[m++] = fhash(slot, 'x', 3, lw + n - len, len);
	if (slot != SL_SELF)
		return m;
	f[m++] = fhash(slot, 'b', 0, NULL, 0);
	l = shape(s, n, 2, sh, sizeof(sh));
	f[m++] = fhash(slot, 'S', 0, sh, l);
	for (k = 1; k <= 4; k++) {
		len = cpbytes(lw, n, k, 0);
		f[m++] = fhash(slot, 'p', (unsigned)k, lw, len);
		len = cpbytes(lw, n, k, 1);
		if (k != 3)
			f[m++] = fhash(slot, 'x', (unsigned)k, lw + n - len, len);
	}
	for (k = 0; k < GAZ_NFLAGS; k++)
		if (g & 1u << k)
			f[m++] = fhash(slot, 'f', (unsigned)k, NULL, 0);
	f[m++] = fhash(slot, 'l', n > 12 ? 12 : (unsigned)n, NULL, 0);
	return m;
}

size_t
ents_wordfeats(const char *s, size_t n, int slot, uint32_t *f, size_t max)
{
	char lw[WMAX];

	if (max < ENTS_MAXWF)
		return 0;
	if (n > WMAX)
		n = WMAX;
	lower(s, n, lw);
	return wfeats(s, n, lw, ents_gaz(s, n), ents_capclass(s, n), slot, f);
}

/* The context code of a word from its gazetteer flags and case class. */
static unsigned
ctxcode(unsigned g, int cc, int init, int capsent, unsigned docflags)
{
	unsigned code;

	code = (unsigned)cc;
	code |= (unsigned)(init != 0) << 3 | (unsigned)(capsent != 0) << 4;
	code |= (docflags & 3) << 5;
	code |= ((g & GAZ_COMMON) != 0) << 7 | ((g & GAZ_GIVEN) != 0) << 8;
	code |= ((g & GAZ_PROPER) != 0) << 9;
	return code;
}

unsigned
ents_ctxcode(const char *s, size_t n, int init, int capsent,
    unsigned docflags)
{
	return ctxcode(ents_gaz(s, n), ents_capclass(s, n), init, capsent,
	    docflags);
}

size_t
ents_ctxfeats(unsigned code, uint32_t *f)
{
	f[0] = fhash(SL_SELF, 'C', code, NULL, 0);
	f[1] = fhash(SL_SELF, 'A', code & (7 | 8 | 128 | 512), NULL, 0);
	f[2] = fhash(SL_SELF, 'B', code & (7 | 16 | 32 | 64), NULL, 0);
	f[3] = fhash(SL_SELF, 'D', code & (7 | 8 | 32 | 64 | 256), NULL, 0);
	return 4;
}

/* Run codes: the place in the run, then the flags of its last word. */
enum { RUN_NONE, RUN_ONE, RUN_FIRST, RUN_INNER, RUN_LAST };
#define RUN_ORG	(1 << 3)

static int
capword(int cc)
{
	return cc >= 2 && cc <= 4;
}

void
ents_runcodes(const uint8_t *cc, const uint8_t *brk, size_t stride, size_t n,
    unsigned (*gaz)(void *, size_t), void *arg, uint16_t *code)
{
	size_t i, j, r;
	unsigned g, f;

	for (i = 0; i < n; i = r) {
		if (!capword(cc[i * stride])) {
			code[i] = RUN_NONE;
			r = i + 1;
			continue;
		}
		for (r = i + 1; r < n && !brk[r * stride] &&
		    capword(cc[r * stride]); r++)
			;
		/* [i, r) is a run */
		g = gaz(arg, r - 1);
		f = ((g & GAZ_ORGWORD) != 0) * RUN_ORG |
		    ((g & GAZ_LOCWORD) != 0) << 4 |
		    ((g & GAZ_MISCWORD) != 0) << 5 |
		    ((g & (GAZ_COUNTRY | GAZ_CITY)) != 0) << 6 |
		    ((g & GAZ_DEMONYM) != 0) << 7;
		if (r == i + 1) {
			code[i] = (uint16_t)(RUN_ONE | f);
			continue;
		}
		for (j = i; j < r; j++)
			code[j] = (uint16_t)((j == i ? RUN_FIRST : j + 1 == r ?
			    RUN_LAST : RUN_INNER) | f);
	}
}

size_t
ents_runfeats(unsigned code, uint32_t *f)
{
	if (code == RUN_NONE)
		return 0;
	f[0] = fhash(SL_SELF, 'Q', code, NULL, 0);
	return 1;
}

int
ents_allowed(int from, int to)
{
	if (to == 0 || (to & 1))
		return 1;		/* O or B-x */
	return from != ENTS_NLAB && from != 0 && (from + 1) / 2 == to / 2;
}

/* Tokenizer. */

/* ASCII classes: 1 space, 2 punctuation that stands alone, 4 closing. */
static const unsigned char actab[128] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	['('] = 2, ['['] = 2, ['{'] = 2, ['"'] = 6, ['`'] = 2, ['*'] = 6,
	[')'] = 6, [']'] = 6, ['}'] = 6, [','] = 6, [';'] = 6, [':'] = 6,
	['!'] = 6, ['?'] = 6, ['\''] = 4,
};

/*
 * Bytes that may start a space (1): ASCII spaces, and the lead bytes of
 * U+00A0 and U+2000..U+202F; bytes where a word may split (2): hyphen,
 * slash, the lead byte of dashes.
 */
static const unsigned char stop[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	[0xC2] = 1, [0xE2] = 3, ['-'] = 2, ['/'] = 2,
};

static inline int
isspacech(const unsigned char *s, size_t n, size_t *k)
{
	*k = 1;
	if (s[0] < 0x80)
		return actab[s[0]] & 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
		*k = 2;
		return 1;
	}
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xAF)) {
		*k = 3;
		return 1;
	}
	return 0;
}

/* A punctuation character that stands alone: its length, or 0. */
static size_t
punct(const unsigned char *s, size_t n)
{
	if (s[0] < 0x80)
		return (actab[s[0]] & 2) != 0;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x98 || s[2] == 0x99 ||
	    s[2] == 0x93 || s[2] == 0x94 || s[2] == 0xA6))
		return 3;	/* quotes, dashes, ellipsis */
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB))
		return 2;	/* guillemets */
	return 0;
}

/* Abbreviations that keep their period, by length, space-separated. */
static const char *const abbrevs[5] = {
	NULL, "", "Mr Ms Dr St Jr Sr Lt Co vs No Mt Ft ",
	"Mrs Gen Gov Sen Rep Col Sgt Inc Ltd Jan Feb Mar Apr Aug Sep Oct "
	"Nov Dec Rev etc ",
	"Capt Prof Corp Sept Bros "
};

static int
abbrev(const char *s, size_t n)
{
	const char *a;

	if (n == 1)
		return s[0] >= 'A' && s[0] <= 'Z';
	if (memchr(s, '.', n) != NULL)
		return 1;	/* U.S. */
	if (n >= 5)
		return 0;
	for (a = abbrevs[n]; *a != '\0'; a += n + 1)
		if (memcmp(a, s, n) == 0)
			return 1;
	return 0;
}

static int
endpunct(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int x;

	/* few branches: the lengths of words follow no pattern */
	x = (n == 1) & ((u[0] == '.') | (u[0] == '!') | (u[0] == '?'));
	if ((n == 3) & (u[0] == 0xE2))
		x = u[1] == 0x80 && u[2] == 0xA6;
	return x;
}

struct ents;
static void	lookup(struct ents *, const char *, struct etok *, size_t);
static inline void	fastword(struct ents *, const char *, struct etok *,
		    size_t, size_t, size_t, uint64_t, uint64_t);
static void	markline(struct ents *, const char *, struct etok *, size_t,
		    size_t);

struct tokv {
	struct etok	**t;
	size_t		*cap, n;
	struct ents	*e;	/* look up each token's word, or NULL */
};

static void
push(struct tokv *v, size_t off, size_t len, const char *text)
{
	struct etok *t;

	if (len == 0)
		return;
	t = *v->t + v->n++;	/* room was made for the line */
	t->off = off;
	t->len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	t->sstart = t->init = t->capsent = t->nl = t->upper = t->dl = 0;
	t->ep = (uint8_t)endpunct(text + off, t->len);
	if (v->e != NULL)
		lookup(v->e, text, t, v->n - 1);
	else {
		t->cc = (uint8_t)ents_capclass(text + off, t->len);
		t->alnum = t->cc != 0;
	}
}

/* Split a chunk without spaces into tokens. */
static void
chunk(struct tokv *v, const char *text, size_t s, size_t e, int sp)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t tail[16], ntail = 0, k, i, start;

	/* a plain word: a letter or digit at each end, no hyphen, no 's */
	if (!sp && e > s && u[s] < 0x80 && ascii[u[s]] && u[e - 1] < 0x80 &&
	    ascii[u[e - 1]] && ((u[e - 1] | 0x20) != 's' || e - s <= 2)) {
		push(v, s, e - s, text);
		return;
	}
	while (s < e && (k = punct(u + s, e - s)) > 0) {
		push(v, s, k, text);
		s += k;
	}
	while (e > s && s < e) {
		if (u[e - 1] < 0x80 && (actab[u[e - 1]] & 4))
			k = 1;
		else if (e - s >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 &&
		    (u[e - 1] == 0x9D || u[e - 1] == 0x99 || u[e - 1] == 0xA6 ||
		    u[e - 1] == 0x9C))
			k = 3;
		else if (u[e - 1] == '.' && e - s > 1 && !abbrev(text + s,
		    e - s - 1))
			k = 1;
		else if (e - s > 2 && (u[e - 1] == 's' || u[e - 1] == 'S') &&
		    u[e - 2] == '\'')
			k = 2;
		else if (e - s > 4 && (u[e - 1] == 's' || u[e - 1] == 'S') &&
		    u[e - 2] == 0x99 && u[e - 3] == 0x80 && u[e - 4] == 0xE2)
			k = 4;
		else
			break;
		if (ntail == 16)
			break;
		tail[ntail++] = k;
		e -= k;
	}
	/* split inside at hyphens, dashes and slashes */
	for (start = i = s; sp && i < e; i++) {
		if (!(stop[u[i]] & 2))
			continue;
		k = 0;
		if (u[i] < 0x80 && i > s && i + 1 < e)
			k = 1;
		else if (u[i] == 0xE2 && i + 3 <= e && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x93 || u[i + 2] == 0x94))
			k = 3;
		if (k) {
			push(v, start, i - start, text);
			push(v, i, k, text);
			start = i + k;
			i += k - 1;
		}
	}
	push(v, start, e - start, text);
	while (ntail > 0) {
		k = tail[--ntail];
		push(v, e, k, text);
		e += k;
	}
}

static uint64_t
load64(const unsigned char *s)
{
	uint64_t x;

	memcpy(&x, s, sizeof(x));
	return x;
}

/* Whether bytes are in little-endian order (for alnums and nextlab). */
static const union {
	uint16_t	u;
	uint8_t		b[2];
} order = { 1 };

/*
 * The bytes of x (loaded in little-endian order) before the first that is
 * not an ASCII letter or digit: 0 to 8.
 */
static inline size_t
alnums(uint64_t x)
{
	const uint64_t one = 0x0101010101010101u, hi = one * 0x80;
	uint64_t l = x & ~hi, c = l | one * 0x20, m;

	/* bytes [0-9], [A-Za-z] with the high bit clear; no carries */
	m = ((l + one * (0x80 - '0')) & ~(l + one * (0x80 - '9' - 1))) |
	    ((c + one * (0x80 - 'a')) & ~(c + one * (0x80 - 'z' - 1)));
	m = ~(m & ~x) & hi;	/* the bytes that are not */
	if (m == 0)
		return 8;
	/* the lowest: m & -m is 0x80 << 8 * k */
	return (size_t)((((m & -m) >> 7) * 0x0001020304050607u) >> 56);
}

/*
 * Most words: a word of ASCII letters and digits (k bytes at u) and an
 * ASCII space, or a closing mark or full stop and an ASCII space, at most
 * avail bytes in all. Return the tokens they make, 1 or 2, as chunk would;
 * 0 when it is not so simple.
 */
static inline int
plainword(const unsigned char *u, size_t k, size_t avail)
{
	if (u[k] >= 0x80)
		return 0;
	if (actab[u[k]] & 1)
		return 1;
	if (k + 1 >= avail || u[k + 1] >= 0x80 || !(actab[u[k + 1]] & 1))
		return 0;
	if (actab[u[k]] & 4 || (u[k] == '.' && !abbrev((const char *)u, k)))
		return 2;
	return 0;
}

/*
 * Split text into tokens and lines, and classify each token's case; with
 * e, look up each token's word and mark the sentences of each line.
 */
static size_t
tokens(const char *text, size_t len, struct etok **toks, size_t *cap,
    struct ents *e)
{
	const unsigned char *u = (const unsigned char *)text;
	struct tokv v = { toks, cap, 0, e };
	size_t i = 0, k, s, lines, end;
	uint64_t x, x1 = 0;
	const char *nl;
	int sp, nt;

	while (i < len) {
		/* one line: at most a token a byte */
		lines = v.n;
		nl = memchr(text + i, '\n', len - i);
		end = nl != NULL ? (size_t)(nl - text) : len;
		*toks = nu_grow(*toks, cap, (v.n + end - i + 1) * sizeof(**toks));
		if (e != NULL)
			markline(e, NULL, NULL, v.n + end - i + 1, 0);
		while (i < end) {
			/* most words: found and hashed at once */
			if (e != NULL && order.b[0] && len - i >= 16 &&
			    (k = alnums(x = load64(u + i))) > 0 &&
			    (k < 8 || (k += alnums(x1 = load64(u + i + 8))) <
			    16) && (nt = plainword(u + i, k, len - i)) > 0) {
				fastword(e, text, *toks, v.n++, i, k, x, x1);
				if (nt == 2)
					fastword(e, text, *toks, v.n++, i + k,
					    1, u[i + k], 0);
				i += k + nt - 1;
				i += u[i] == ' ';
				continue;
			}
			if (isspacech(u + i, end - i, &k)) {
				i += k;
				continue;
			}
			for (sp = 0, s = i; i < end; i++) {
				if (end < len)	/* a newline ends the line */
					while (!stop[u[i]])
						i++;
				else
					while (i < end && !stop[u[i]])
						i++;
				if (i >= end)
					break;
				if (stop[u[i]] & 2)
					sp = 1;
				if (stop[u[i]] & 1 && (u[i] < 0x80 ||
				    isspacech(u + i, end - i, &k)))
					break;
			}
			chunk(&v, text, s, i, sp);
		}
		i++;
		if (v.n > lines) {
			(*toks)[lines].nl = 1;
			if (e != NULL)
				markline(e, text, *toks, lines, v.n);
		}
	}
	return v.n;
}

/* Mark sentence starts, first words and sentences in capitals. */
static void
sentences(const char *text, struct etok *t, size_t n)
{
	size_t j, k, s, line;
	int lo, up, c, first;

	for (line = 0; line < n; line = k) {
		/* the line is [line, k); a list of tags is like a headline */
		for (k = line, lo = up = 0; k < n && (k == line || !t[k].nl);
		    k++) {
			c = t[k].cc;
			lo += (c == 1) | (c == 6);
			up += (t[k].len == 1) & (text[t[k].off] == ',');
		}
		if (lo == 0 && up >= 2) {
			for (j = line; j < k; j++) {
				t[j].sstart = j == line;
				t[j].init = j == line;
				t[j].capsent = 1;
			}
			continue;
		}
		/* a sentence starts after . ! ? unless a lower-case word follows */
		t[line].sstart = 1;
		for (j = line; j < k; j = s) {
			lo = up = 0;
			first = 1;
			for (s = j; s < k;) {
				t[s].init = (uint8_t)((t[s].alnum != 0) & first);
				first &= !t[s].alnum;
				c = t[s].cc;
				lo += (c == 1) | (c == 2) | (c == 6);
				up += c == 3;
				if (++s == k)
					break;
				t[s].sstart = (uint8_t)(endpunct(text +
				    t[s - 1].off, t[s - 1].len) &
				    (!t[s].alnum | (t[s].cc >= 2)));
				if (t[s].sstart)
					break;
			}
			for (c = lo == 0 && up >= 2; j < s; j++)
				t[j].capsent = (uint8_t)c;
		}
	}
}

size_t
ents_tokenize(const char *text, size_t len, struct etok **toks, size_t *cap)
{
	size_t n = tokens(text, len, toks, cap, NULL);

	sentences(text, *toks, n);
	return n;
}

/* The tagger and its word table. */

struct went {
	uint64_t	key;		/* see whashkey */
	uint32_t	hash;
	uint32_t	off, len;	/* the word in the arena */
	int32_t		low;		/* its lower-case form's entry, -1: none yet */
	uint32_t	docgen;		/* document of docflags */
	uint8_t		docflags;
	uint8_t		have;		/* vec computed */
	uint8_t		mtype;		/* 1 + type of a one-word name in document mgen */
#define SURNAME	0x10		/* mtype: the last word of a person's full name */
	uint32_t	mgen;
	uint32_t	lgen;		/* document whose name of words ends in it */
	uint16_t	ctx;		/* context code without init/capsent/doc */
	uint16_t	gaz;		/* gazetteer flags */
	int32_t		tcw;		/* truecased for docflags tcf, or -1 */
	uint8_t		tcf;
};

/* A word's score vectors, one per slot, apart from the entry. */
typedef int32_t wvec_t[SL_N][VW];

/*
 * A cache of the entries of words of up to eight bytes, by their bytes
 * (x, loaded in little-endian order) and length (n, 0: none): an entry
 * found there has its vectors and lower-case form made already.
 */
#define WCBITS	12
struct wcache {
	uint64_t	x;
	int32_t		i;
	uint8_t		n, cc;	/* cc: the entry's ctx & 7 */
};

/* A slot of the memo of segments: its hash and offset (0: free). */
struct mslot {
	uint32_t	hash, off;
};

/* A slot of the word table: an entry and its hash, or -1. */
struct wslot {
	uint64_t	key;	/* see whashkey */
	uint32_t	tag;	/* see wfind */
	int32_t		i;
};

struct ents {
	struct went	*w;
	size_t		 nw, wcap;	/* entries, slots (a power of 2) */
	size_t		 wentcap;	/* bytes allocated at w */
	wvec_t		*vec;		/* of each entry */
	size_t		 veccap;
	struct wslot	*slot;
	char		*arena;
	size_t		 alen, acap;
	uint32_t	 docgen;
	int32_t		 ctxvec[ENTS_NCTX][VW];
	int32_t		 runvec[ENTS_NRUN][VW];
	int32_t		 trans[(ENTS_NLAB + 1) * ENTS_NLAB];
	int32_t		 transt[ENTS_NLAB * ENTS_NLAB];	/* [to][from] */
	int32_t		 transi[ENTS_NLAB];	/* to I-x from B-x, from I-x */
	int32_t		 spread;	/* of the allowed transitions */
	int32_t		 bos, eos;	/* entries of the sentence edges */
	int32_t		 one[128];	/* entries of one-byte words */
	struct wcache	 wc[1 << WCBITS];
	size_t		 llo, lcomma;	/* a line's lower-case words, commas */
	size_t		*sst;		/* the tokens that open a sentence */
	size_t		 nsst, sstcap;
	size_t		 ncaps;		/* tokens in sentences in capitals */
	size_t		*l23;		/* capitalized tokens, or in capitals */
	size_t		 n23, l23cap;
	size_t		*ls;		/* the tokens that open a line */
	size_t		 nls, lscap;
	size_t		*par;		/* the tokens ( */
	size_t		 npar, parcap;
	size_t		*dash;		/* the tokens - and en and em dashes */
	size_t		 ndash, dashcap;
	uint8_t		 mark[8][2][2];	/* ents_docmark by class, init, capsent */
	struct etok	*tok;
	size_t		 tcap;
	int32_t		*tw;		/* the entry of each token */
	size_t		 twcap;
	int32_t		*sc;		/* Viterbi scores */
	uint8_t		*bp;		/* back pointers */
	uint8_t		*lab;		/* the label of each token */
	size_t		 sccap, bpcap, labcap;
	uint16_t	*rc;		/* the run code of each token */
	size_t		 rccap;
	struct ement	*m;
	size_t		 mcap;
	char		*fold;		/* folded mention texts */
	size_t		 fcap;
	size_t		*key;		/* linking: fold offset per mention */
	size_t		 kcap;
	uint32_t	*mh;		/* whash of the folded text */
	size_t		 mhcap;
	ptrdiff_t	*ms;		/* its slot in map */
	size_t		 mscap;
	int32_t		*map;
	size_t		 mapcap;
	struct lkey	*lk;
	size_t		 nlk, lkcap;
	uint32_t	*memo;		/* segments tagged, see tagseg */
	size_t		 nmemo, memocap;
	struct mslot	*mtab;
	size_t		 nment, mtabcap;
	struct ement	*all;		/* the mentions of several documents */
	size_t		 allcap;
	int32_t		*votes;
	size_t		 vcap;
};

/*
 * Where the weights of each bucket of features start in the model, made
 * on first use: a bucket is the features that agree but in their low bits.
 */
#define FBUCK	16
static uint32_t *fidx;

static void
fidxinit(void)
{
	size_t f = 0, k;

	fidx = nu_alloc(((1u << FBUCK) + 1) * sizeof(*fidx));
	for (k = 0; k < model_n; k++)
		while (f <= model_keys[k] >> (4 + ENTS_FBITS - FBUCK))
			fidx[f++] = (uint32_t)k;
	while (f <= 1u << FBUCK)
		fidx[f++] = (uint32_t)model_n;
}

static void
addfeat(int32_t *v, uint32_t fid)
{
	uint32_t k, end, b = fid >> (ENTS_FBITS - FBUCK);

	/* the keys are sorted: the feature's weights are a run of them */
	for (k = fidx[b], end = fidx[b + 1]; k < end &&
	    model_keys[k] >> 4 <= fid; k++)
		if (model_keys[k] >> 4 == fid)
			v[model_keys[k] & 15] += model_vals[k];
}

static uint64_t
load32(const unsigned char *s)
{
	uint32_t x;

	memcpy(&x, s, sizeof(x));
	return x;
}

static inline uint32_t	whashend(uint64_t, uint64_t);

/*
 * A hash of s, eight bytes at a time; in *key, its last eight bytes or
 * fewer, which are the whole of a word of up to eight bytes.
 */
static inline uint32_t
whashkey(const char *s, size_t n, uint64_t *key)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t h = 0x9e3779b97f4a7c15u ^ n, x;
	const uint64_t k = 0xff51afd7ed558ccdu;

	for (; n > 8; n -= 8, u += 8) {
		h = (h ^ load64(u)) * k;
		h ^= h >> 32;
	}
	if (n >= 4)
		x = load32(u) | load32(u + n - 4) << 32;
	else if (n > 0)
		x = (uint64_t)u[0] | (uint64_t)u[n / 2] << 8 |
		    (uint64_t)u[n - 1] << 16;
	else
		x = 0;
	*key = x;
	return whashend(h, x);
}

/* The end of whashkey: mix in the key x. */
static inline uint32_t
whashend(uint64_t h, uint64_t x)
{
	const uint64_t k = 0xff51afd7ed558ccdu;

	h = (h ^ x) * k;
	h ^= h >> 29;
	h *= 0xc4ceb9fe1a85ec53u;
	h ^= h >> 32;
	return (uint32_t)h;
}

static uint32_t
whash(const char *s, size_t n)
{
	uint64_t key;

	return whashkey(s, n, &key);
}

static void
rehash(struct ents *e, size_t cap)
{
	size_t i, j;

	free(e->slot);
	e->slot = nu_alloc(cap * sizeof(*e->slot));
	memset(e->slot, 0xff, cap * sizeof(*e->slot));
	e->wcap = cap;
	for (i = 0; i < e->nw; i++) {
		for (j = e->w[i].hash & (cap - 1); e->slot[j].i >= 0;
		    j = (j + 1) & (cap - 1))
			;
		e->slot[j].tag = e->w[i].hash << 8 | e->w[i].len;
		e->slot[j].key = e->w[i].key;
		e->slot[j].i = (int32_t)i;
	}
}


/* A new entry for word s at slot j of the table. */
static int32_t
wadd(struct ents *e, const char *s, size_t n, uint32_t h, uint64_t key,
    size_t j)
{
	struct went *w;

	e->w = nu_grow(e->w, &e->wentcap, (e->nw + 1) * sizeof(*e->w));
	e->vec = nu_grow(e->vec, &e->veccap, (e->nw + 1) * sizeof(*e->vec));
	e->arena = nu_grow(e->arena, &e->acap, e->alen + n + 1);
	memcpy(e->arena + e->alen, s, n);
	w = e->w + e->nw;
	w->hash = h;
	w->off = (uint32_t)e->alen;
	w->len = (uint32_t)n;
	w->low = -1;
	w->docgen = 0;
	w->docflags = 0;
	w->have = 0;
	w->mgen = 0;
	w->tcw = -1;
	e->alen += n;
	e->slot[j].tag = h << 8 | (uint32_t)n;
	e->slot[j].key = w->key = key;
	e->slot[j].i = (int32_t)e->nw++;
	/* a free slot is left for the next probe to end at */
	if ((e->nw + 1) * 2 > e->wcap)
		rehash(e, e->wcap * 2);
	return (int32_t)e->nw - 1;
}

/*
 * The entry of word s, made if new. A slot's tag holds the length and
 * part of the hash, its key a word of up to eight bytes whole: such a
 * word is found without looking at the entries.
 */
static inline int32_t
wfindh(struct ents *e, const char *s, size_t n, uint32_t h, uint64_t key)
{
	uint32_t tag;
	size_t j;
	int32_t i;

	if (n > WMAX)
		n = WMAX;
	tag = h << 8 | (uint32_t)n;
	for (j = h & (e->wcap - 1); (i = e->slot[j].i) >= 0;
	    j = (j + 1) & (e->wcap - 1))
		if (e->slot[j].tag == tag && e->slot[j].key == key && (n <= 8 ||
		    memcmp(e->arena + e->w[i].off, s, n) == 0))
			return i;
	return wadd(e, s, n, h, key, j);
}

static inline int32_t
wfind(struct ents *e, const char *s, size_t n)
{
	uint64_t key;
	uint32_t h = whashkey(s, n, &key);

	return wfindh(e, s, n, h, key);
}

static void
wvec(struct ents *e, int32_t i)
{
	uint32_t f[ENTS_MAXWF];
	struct went *w = e->w + i;
	int32_t (*vec)[VW] = e->vec[i];
	const char *ws = e->arena + w->off;
	char lw[WMAX];
	size_t k, nf;
	unsigned g;
	int s, cc;

	lower(ws, w->len, lw);
	g = ents_gaz(ws, w->len);
	cc = ents_capclass(ws, w->len);
	memset(vec, 0, sizeof(*e->vec));
	for (s = 0; s < SL_N; s++) {
		nf = wfeats(ws, w->len, lw, g, cc, s, f);
		for (k = 0; k < nf; k++)
			addfeat(vec[s], f[k]);
	}
	w->ctx = (uint16_t)ctxcode(g, cc, 0, 0, 0);
	w->gaz = (uint16_t)g;
	w->have = 1;
}

/* Empty the memo of segments, with cap slots. */
static void
memoreset(struct ents *e, size_t cap)
{
	free(e->mtab);
	e->mtab = nu_calloc(cap, sizeof(*e->mtab));
	e->mtabcap = cap;
	e->nment = 0;
	e->nmemo = 1;	/* offset 0 is no entry */
	e->memo = nu_grow(e->memo, &e->memocap, sizeof(*e->memo));
}

/* Double the memo's table. */
static void
memogrow(struct ents *e)
{
	struct mslot *old = e->mtab;
	size_t i, j, cap = e->mtabcap * 2;

	e->mtab = nu_calloc(cap, sizeof(*e->mtab));
	for (i = 0; i < e->mtabcap; i++) {
		if (old[i].off == 0)
			continue;
		for (j = old[i].hash & (cap - 1); e->mtab[j].off != 0;
		    j = (j + 1) & (cap - 1))
			;
		e->mtab[j] = old[i];
	}
	free(old);
	e->mtabcap = cap;
}

static void
wreset(struct ents *e)
{
	e->nw = 0;
	e->alen = 0;
	rehash(e, 1 << 12);
	memset(e->one, 0xff, sizeof(e->one));
	memset(e->wc, 0, sizeof(e->wc));
	e->bos = wfind(e, "<s>", 3);
	e->eos = wfind(e, "</s>", 4);
	wvec(e, e->bos);
	wvec(e, e->eos);
	memoreset(e, 1 << 12);	/* it names entries */
}

struct ents *
ents_new(void)
{
	struct ents *e = nu_calloc(1, sizeof(*e));
	uint32_t f[ENTS_MAXCF];
	size_t c, k, n;
	int32_t lo, hi;

	if (fidx == NULL)
		fidxinit();
	for (c = 0; c < 8 * 2 * 2; c++)
		e->mark[c / 4][c / 2 % 2][c % 2] = (uint8_t)ents_docmark(
		    (int)(c / 4), (int)(c / 2 % 2), (int)(c % 2));
	for (c = 0; c < ENTS_NCTX; c++) {
		n = ents_ctxfeats((unsigned)c, f);
		for (k = 0; k < n; k++)
			addfeat(e->ctxvec[c], f[k]);
	}
	for (c = 0; c < ENTS_NRUN; c++) {
		n = ents_runfeats((unsigned)c, f);
		for (k = 0; k < n; k++)
			addfeat(e->runvec[c], f[k]);
	}
	for (c = 0; c < (ENTS_NLAB + 1) * ENTS_NLAB; c++)
		e->trans[c] = ents_allowed((int)(c / ENTS_NLAB),
		    (int)(c % ENTS_NLAB)) ? model_trans[c] : NEG;
	lo = hi = 0;
	for (c = 0; c < (ENTS_NLAB + 1) * ENTS_NLAB; c++)
		if (e->trans[c] != NEG) {
			lo = e->trans[c] < lo ? e->trans[c] : lo;
			hi = e->trans[c] > hi ? e->trans[c] : hi;
		}
	e->spread = hi - lo;
	for (c = 0; c < ENTS_NLAB * ENTS_NLAB; c++)
		e->transt[c] = e->trans[(c % ENTS_NLAB) * ENTS_NLAB +
		    c / ENTS_NLAB];
	for (c = 2; c < ENTS_NLAB; c += 2) {
		e->transi[c - 1] = e->trans[(c - 1) * ENTS_NLAB + c];
		e->transi[c] = e->trans[c * ENTS_NLAB + c];
	}
	wreset(e);
	return e;
}

void
ents_free(struct ents *e)
{
	if (e == NULL)
		return;
	free(e->w);
	free(e->slot);
	free(e->vec);
	free(e->arena);
	free(e->tok);
	free(e->tw);
	free(e->sc);
	free(e->sst);
	free(e->l23);
	free(e->ls);
	free(e->par);
	free(e->dash);
	free(e->bp);
	free(e->lab);
	free(e->memo);
	free(e->mtab);
	free(e->rc);
	free(e->m);
	free(e->fold);
	free(e->key);
	free(e->mh);
	free(e->ms);
	free(e->map);
	free(e->lk);
	free(e->all);
	free(e->votes);
	free(e);
}

/*
 * Viterbi over tokens [s0, s1) of the sentence [a, b); labels into
 * e->lab[s0..s1). Tokens just outside [s0, s1) in the sentence are O.
 */
static void
viterbi(struct ents *e, size_t a, size_t b, size_t s0, size_t s1)
{
	int32_t *sc, *prev, v[VW], best, base, x;
	uint8_t *bp;
	struct went *w;
	size_t i, n = s1 - s0;
	int32_t wi;
	unsigned code;
	uint8_t alive[ENTS_NLAB];
	int l, p, bl, k, na;
	const struct etok *t;
	const int32_t *start = e->trans + (s0 == a ? ENTS_NLAB : 0) * ENTS_NLAB;

	e->sc = nu_grow(e->sc, &e->sccap, n * ENTS_NLAB * sizeof(*e->sc));
	e->bp = nu_grow(e->bp, &e->bpcap, (n + 1) * ENTS_NLAB);
	sc = e->sc;
	bp = e->bp;
	a = s0 - a;		/* from here on, a counts the words before s0 */
	b = b - s0;		/* and b the words from s0 on */
	for (i = 0; i < n; i++) {
		t = e->tok + s0 + i;
		wi = e->tw[s0 + i];
		w = e->w + wi;
		code = w->ctx | (unsigned)t->init << 3 |
		    (unsigned)t->capsent << 4;
		if (w->low >= 0 && e->w[w->low].docgen == e->docgen)
			code |= (unsigned)(e->w[w->low].docflags & 3) << 5;
		for (l = 0; l < VW; l++)
			v[l] = e->vec[wi][SL_SELF][l] + e->ctxvec[code][l] +
			    e->runvec[e->rc[s0 + i]][l];
#define ADD(j, s) do { \
	const int32_t *q = e->vec[(j)][(s)]; \
	for (l = 0; l < VW; l++) \
		v[l] += q[l]; \
} while (0)
		ADD(i + a >= 1 ? e->tw[s0 + i - 1] : e->bos, SL_P1);
		ADD(i + a >= 2 ? e->tw[s0 + i - 2] : e->bos, SL_P2);
		ADD(i + 1 < b ? e->tw[s0 + i + 1] : e->eos, SL_N1);
		ADD(i + 2 < b ? e->tw[s0 + i + 2] : e->eos, SL_N2);
#undef ADD
		if (i == 0) {
			for (l = 0; l < ENTS_NLAB; l++)
				sc[l] = v[l] + start[l];
			continue;
		}
		prev = sc + (i - 1) * ENTS_NLAB;
		/*
		 * O and B-x follow any label; I-x only B-x or I-x. A label
		 * whose score trails the best by more than the spread of the
		 * transitions can lead nowhere: only the others are tried
		 * (mostly one). The list is made without branches.
		 */
		base = prev[0];
		for (p = 1; p < ENTS_NLAB; p++)
			base = prev[p] > base ? prev[p] : base;
		na = 0;
		for (p = 0; p < ENTS_NLAB; p++) {
			alive[na] = (uint8_t)p;
			na += prev[p] >= base - e->spread;
		}
		/* scores stay relative to the best (base): no overflow */
		if (na == 1) {
			/*
			 * Mostly one label leads: the best, whose score is
			 * base. The I-x labels are redone below.
			 */
			const int32_t *tr = e->trans + alive[0] * ENTS_NLAB;

			for (l = 0; l < ENTS_NLAB; l++)
				sc[i * ENTS_NLAB + l] = tr[l] + v[l];
			memset(bp + i * ENTS_NLAB, alive[0], ENTS_NLAB);
		}
		for (l = 0; na > 1 && l < ENTS_NLAB; l += l == 0 ? 1 : 2) {
			const int32_t *tr = e->transt + l * ENTS_NLAB;

			bl = alive[0];
			best = prev[bl] + tr[bl];
			for (k = 1; k < na; k++) {
				p = alive[k];
				x = prev[p] + tr[p];
				if (x > best) {
					best = x;
					bl = p;
				}
			}
			sc[i * ENTS_NLAB + l] = best - base + v[l];
			bp[i * ENTS_NLAB + l] = (uint8_t)bl;
		}
		for (l = 2; l < ENTS_NLAB; l += 2) {
			x = prev[l - 1] + e->transi[l - 1];
			best = prev[l] + e->transi[l];
			bl = x >= best ? l - 1 : l;
			best = x >= best ? x : best;
			sc[i * ENTS_NLAB + l] = best - base + v[l];
			bp[i * ENTS_NLAB + l] = (uint8_t)bl;
		}
	}
	best = NEG * 2;
	bl = 0;
	for (l = 0; l < ENTS_NLAB; l++) {
		x = sc[(n - 1) * ENTS_NLAB + l];
		if (n < b)	/* O follows */
			x += e->trans[l * ENTS_NLAB];
		if (x > best) {
			best = x;
			bl = l;
		}
	}
	for (i = n; i-- > 0;) {
		e->lab[s0 + i] = (uint8_t)bl;
		bl = i > 0 ? bp[i * ENTS_NLAB + bl] : 0;
	}
}

/*
 * Viterbi's labels for a segment depend on its words and two more on each
 * side (or the sentence edges), their context and run codes, and whether
 * it opens its sentence and ends before it does: nothing else. News
 * repeats such segments (datelines, bylines, names with what is said of
 * them, wire copy reprinted): one seen before takes the labels it had, from
 * a memo that keeps segments of up to MEMO_MAXN words whole, key and
 * labels, and starts afresh when full.
 */
#define MEMO_MAXN	64
#define MEMO_WORDS	(1u << 20)	/* of the memo, at most */
#define MEMO_SLOTS	(1u << 16)	/* of its table, at most */

static void
tagseg(struct ents *e, size_t a, size_t b, size_t s0, size_t s1)
{
	uint32_t k[1 + (MEMO_MAXN + 4) + MEMO_MAXN], h;
	uint64_t h64 = 0;
	size_t n = s1 - s0, kl, i, j, need;
	const struct etok *t;
	const struct went *w;
	struct mslot *ms;
	unsigned df;

	if (n > MEMO_MAXN) {
		viterbi(e, a, b, s0, s1);
		return;
	}
	/*
	 * The key: n and the edges; the words from s0 - 2 to s1 + 2 as
	 * viterbi takes them; the context codes but the word's own part, and
	 * the run codes.
	 * Its hash has few dependent steps: rotations, and a multiply.
	 */
	k[0] = (uint32_t)n | (uint32_t)(s0 == a) << 30 |
	    (uint32_t)(s1 < b) << 31;
	k[1] = (uint32_t)(s0 - a >= 2 ? e->tw[s0 - 2] : e->bos);
	k[2] = (uint32_t)(s0 - a >= 1 ? e->tw[s0 - 1] : e->bos);
	k[3 + n] = (uint32_t)(s1 < b ? e->tw[s1] : e->eos);
	k[4 + n] = (uint32_t)(s1 + 1 < b ? e->tw[s1 + 1] : e->eos);
	h64 = k[0] ^ (uint64_t)k[1] << 20 ^ (uint64_t)k[2] << 40 ^
	    (uint64_t)k[3 + n] << 10 ^ (uint64_t)k[4 + n] << 30;
	for (i = 0; i < n; i++) {
		t = e->tok + s0 + i;
		w = e->w + e->tw[s0 + i];
		df = w->low >= 0 && e->w[w->low].docgen == e->docgen ?
		    e->w[w->low].docflags & 3 : 0;
		k[3 + i] = (uint32_t)e->tw[s0 + i];
		k[5 + n + i] = (uint32_t)t->init | (uint32_t)t->capsent << 1 |
		    df << 2 | (uint32_t)e->rc[s0 + i] << 4;
		h64 = (h64 << 5 | h64 >> 59) ^ k[3 + i] ^
		    (uint64_t)k[5 + n + i] << 27;
	}
	kl = 5 + 2 * n;
	h64 *= 0x9e3779b97f4a7c15u;
	h = (uint32_t)(h64 >> 32);
	for (j = h & (e->mtabcap - 1); (ms = e->mtab + j)->off != 0;
	    j = (j + 1) & (e->mtabcap - 1))
		if (ms->hash == h && e->memo[ms->off] == kl &&
		    memcmp(e->memo + ms->off + 1, k, kl * sizeof(*k)) == 0) {
			memcpy(e->lab + s0, e->memo + ms->off + 1 + kl, n);
			return;
		}
	viterbi(e, a, b, s0, s1);
	/* keep it: the key's length, the key, the labels */
	need = 1 + kl + (n + sizeof(*k) - 1) / sizeof(*k);
	if (e->nmemo + need > MEMO_WORDS ||
	    ((e->nment + 1) * 2 > e->mtabcap && e->mtabcap >= MEMO_SLOTS)) {
		memoreset(e, e->mtabcap);
		j = h & (e->mtabcap - 1);
	} else if ((e->nment + 1) * 2 > e->mtabcap) {
		memogrow(e);
		for (j = h & (e->mtabcap - 1); e->mtab[j].off != 0;
		    j = (j + 1) & (e->mtabcap - 1))
			;
	}
	e->memo = nu_grow(e->memo, &e->memocap, (e->nmemo + need) *
	    sizeof(*e->memo));
	e->memo[e->nmemo] = (uint32_t)kl;
	memcpy(e->memo + e->nmemo + 1, k, kl * sizeof(*k));
	memcpy(e->memo + e->nmemo + 1 + kl, e->lab + s0, n);
	e->mtab[j].hash = h;
	e->mtab[j].off = (uint32_t)e->nmemo;
	e->nmemo += need;
	e->nment++;
}

/*
 * Tag the sentence [a, b). Inside a run of three or more lower-case words
 * and punctuation, the words but the first and last are taken as O (names
 * do not hold such runs), and Viterbi runs on what lies between.
 */
static void
sentence(struct ents *e, size_t a, size_t b)
{
	size_t i, r, s0 = a;

	for (i = a; i < b; i = r + 1) {
		for (r = i; r < b && e->tok[r].cc <= 1; r++)
			;
		if (r - i < 3)
			continue;
		if (i + 1 > s0)
			tagseg(e, a, b, s0, i + 1);
		memset(e->lab + i + 1, 0, r - i - 2);
		s0 = r - 1;
	}
	if (b > s0)
		tagseg(e, a, b, s0, b);
}

unsigned
ents_docmark(int capclass, int init, int capsent)
{
	if (capsent)
		return 0;
	if (capclass == 1)
		return DOC_LOWER;
	if (capclass >= 2 && capclass <= 4 && !init)
		return DOC_CAPMID | (capclass == 3 ? DOC_UPPER : 0);
	return capclass == 3 ? DOC_UPPER : 0;
}

size_t
ents_truecase(const char *s, size_t n, unsigned docflags, char *d)
{
	unsigned g;
	size_t k;
	int cc = ents_capclass(s, n);

	if ((cc < 2 || cc > 4) || docflags & DOC_UPPER || n > WMAX) {
		memcpy(d, s, n);
		return n;
	}
	g = ents_gaz(s, n);
	lower(s, n, d);
	if (docflags & DOC_CAPMID && !(docflags & DOC_LOWER && g & GAZ_COMMON))
		;
	else if (docflags & DOC_LOWER || (g & (GAZ_COMMON | GAZ_PROPER |
	    GAZ_COUNTRY | GAZ_CITY | GAZ_GIVEN | GAZ_DEMONYM | GAZ_WPER |
	    GAZ_WLOC | GAZ_WORG)) == GAZ_COMMON)
		return n;
	/* capitalized: the first character as it was */
	for (k = 1; k < n && (s[k] & 0xC0) == 0x80; k++)
		;
	memcpy(d, s, k);
	return n;
}

/* Accent-folded lower case of s, for comparing names; appended to e->fold. */
static size_t
foldname(struct ents *e, size_t at, const char *s, size_t n)
{
	static const char lat1[] =
	    "aaaaaaaceeeeiiiidnooooo/ouuuuyts"	/* U+00C0 ..DF, lower */
	    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char *u = (const unsigned char *)s;
	size_t i, m = at;
	unsigned c;
	char *d;

	e->fold = nu_grow(e->fold, &e->fcap, at + n + 1);
	d = e->fold;
	for (i = 0; i < n; i++) {
		if (u[i] >= 'A' && u[i] <= 'Z')
			d[m++] = (char)(u[i] + 32);
		else if (u[i] == '.' || u[i] == '\'' || u[i] == '-')
			continue;
		else if (u[i] == ' ' || u[i] == '\t' || u[i] == '\n') {
			if (m > at && d[m - 1] != ' ')
				d[m++] = ' ';
		} else if (u[i] >= 0xC3 && u[i] <= 0xC5 && i + 1 < n) {
			c = (u[i] & 0x1Fu) << 6 | (u[i + 1] & 0x3Fu);
			if (c >= 0xC0 && c <= 0xFF)
				d[m++] = lat1[c - 0xC0];
			else if (c >= 0x100 && c <= 0x17F)
				d[m++] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllln"
				    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
				    [(c - 0x100) < 128 ? c - 0x100 : 0];
			else {
				d[m++] = (char)u[i];
				d[m++] = (char)u[i + 1];
			}
			i++;
		} else
			d[m++] = (char)u[i];
	}
	while (m > at && d[m - 1] == ' ')
		m--;
	return m - at;
}

/* Linking keys: folded texts (type + bytes in e->fold) mapped to a mention. */
struct lkey {
	size_t	koff, klen;
	int	type;
	int32_t	m;		/* the mention, or a vote counter's index */
};

/*
 * The key's slot in e->map (e->map[j] < 0: free), over cap slots; hk is
 * whash of its bytes.
 */
static int32_t *
mapslot(struct ents *e, size_t cap, int type, size_t koff, size_t kn,
    uint32_t hk)
{
	const char *k = e->fold + koff;
	uint32_t h = hk ^ (uint32_t)type * 0x9e3779b9u;
	const struct lkey *q;
	size_t j;
	int32_t i;

	for (j = h & (cap - 1); (i = e->map[j]) >= 0; j = (j + 1) & (cap - 1)) {
		q = e->lk + i;
		if (q->type == type && q->klen == kn &&
		    memcmp(e->fold + q->koff, k, kn) == 0)
			break;
	}
	return e->map + j;
}

/*
 * Set the key to mention mi unless it holds a longer one already; hk is
 * whash of its bytes. Return its slot.
 */
static int32_t *
mapput(struct ents *e, size_t cap, int type, size_t koff, size_t kn,
    uint32_t hk, size_t mi)
{
	int32_t *s = mapslot(e, cap, type, koff, kn, hk);
	struct lkey *q;
	int up;

	if (*s >= 0) {
		/* the longest, a name in running text before one in capitals */
		q = e->lk + *s;
		up = e->tok[e->m[q->m].ta].upper;
		if (up > e->tok[e->m[mi].ta].upper || (up ==
		    e->tok[e->m[mi].ta].upper && e->m[q->m].len < e->m[mi].len))
			q->m = (int32_t)mi;
		return s;
	}
	e->lk = nu_grow(e->lk, &e->lkcap, (e->nlk + 1) * sizeof(*e->lk));
	q = e->lk + e->nlk;
	q->koff = koff;
	q->klen = kn;
	q->type = type;
	q->m = (int32_t)mi;
	*s = (int32_t)e->nlk++;
	return s;
}

static int
ttype(uint8_t lab)
{
	return lab == 0 ? -1 : (lab - 1) / 2;
}

static int
isconn(const char *s, size_t n)
{
	/* of the and for de & on in du la del, by length */
	static const char *const w[4] = { NULL, "&", "ofdeonindula",
	    "theandfordel" };
	size_t i;

	if (n == 0 || n > 3)
		return 0;
	for (i = 0; w[n][i] != '\0'; i += n)
		if (w[n][i] == s[0] && (n < 2 || w[n][i + 1] == s[1]) &&
		    (n < 3 || w[n][i + 2] == s[2]))
			return 1;
	return 0;
}

/* Whether the folded text of mention a is the initials of mention b. */
static int
initials(struct ents *e, size_t a, size_t b)
{
	const char *k = e->fold + e->key[b], *x = e->fold + e->key[a];
	size_t kl = e->m[b].count, xl = e->m[a].count, p, q, ini = 0;

	for (p = 0; p < kl; p = q + 1) {
		for (q = p; q < kl && k[q] != ' '; q++)
			;
		if (isconn(k + p, q - p))
			continue;
		if (ini >= xl || x[ini] != k[p])
			return 0;
		ini++;
	}
	return ini == xl && ini >= 2;
}

/* Link: each mention's NAME is the fullest mention of the same entity. */
static void
link(struct ents *e, const char *text, size_t nm)
{
	struct ement *m = e->m;
	size_t i, cap, fl, kl, a, b, ini, ko;
	int32_t *s, *votes;
	const char *k;
	char acr[16];
	int type, bt;

	e->key = nu_grow(e->key, &e->kcap, (nm + 1) * sizeof(*e->key));
	e->mh = nu_grow(e->mh, &e->mhcap, (nm + 1) * sizeof(*e->mh));
	e->ms = nu_grow(e->ms, &e->mscap, (nm + 1) * sizeof(*e->ms));
	fl = 0;
	for (i = 0; i < nm; i++) {
		e->key[i] = fl;
		m[i].count = foldname(e, fl, text + m[i].off, m[i].len);
		fl += m[i].count;
	}
	for (i = 0; i < nm; i++)
		e->mh[i] = whash(e->fold + e->key[i], m[i].count);
	/*
	 * A mention makes at most a key per word and four more: the map
	 * stays at most two thirds full, so that a probe ends.
	 */
	for (a = 5 * nm, i = 0; i < fl; i++)
		a += e->fold[i] == ' ';
	for (cap = 64; cap < nm * 8 || cap < a + a / 2; cap *= 2)
		;
	e->map = nu_grow(e->map, &e->mapcap, cap * sizeof(*e->map));
	memset(e->map, 0xff, cap * sizeof(*e->map));
	e->nlk = 0;
	/* an acronym defined in parentheses takes its expansion's type */
	for (i = 0; i + 1 < nm; i++) {
		const struct etok *t = e->tok + m[i].tb;

		if (m[i + 1].ta != m[i].tb + 1 || t->len != 1 ||
		    text[t->off] != '(' || m[i + 1].tb - m[i + 1].ta != 1 ||
		    e->tok[m[i + 1].ta].cc != 3 || !initials(e, i + 1, i))
			continue;
		if (m[i].type == ENT_ORG || m[i + 1].type == ENT_ORG)
			m[i].type = ENT_ORG;
		m[i + 1].type = m[i].type;
	}
	/* a lone word that is the surname of a person named in full is that person */
	for (i = 0; i < nm; i++) {
		k = e->fold + e->key[i];
		kl = m[i].count;
		for (a = kl; a > 0 && k[a - 1] != ' '; a--)
			;
		if (m[i].type == ENT_PER && a > 0)
			mapput(e, cap, ENT_NTYPES + 1, e->key[i] + a, kl - a,
			    whash(k + a, kl - a), i);
	}
	for (i = 0; i < nm; i++)
		if (m[i].type != ENT_PER && *mapslot(e, cap, ENT_NTYPES + 1,
		    e->key[i], m[i].count, e->mh[i]) >= 0)
			m[i].type = ENT_PER;
	/* and a name of two words whose last is a lone person is a person */
	for (i = 0; i < nm; i++)
		if (m[i].type == ENT_PER && m[i].tb - m[i].ta == 1)
			mapput(e, cap, ENT_NTYPES + 2, e->key[i], m[i].count,
			    e->mh[i], i);
	for (i = 0; i < nm; i++) {
		k = e->fold + e->key[i];
		kl = m[i].count;
		if (m[i].type == ENT_PER || m[i].tb - m[i].ta != 2)
			continue;
		for (a = kl; a > 0 && k[a - 1] != ' '; a--)
			;
		if (a > 0 && e->tok[m[i].ta].cc == 2 && *mapslot(e, cap,
		    ENT_NTYPES + 2, e->key[i] + a, kl - a, whash(k + a,
		    kl - a)) >= 0)
			m[i].type = ENT_PER;
	}
	/* the majority type of each folded text (ties: the first mention's) */
	e->votes = nu_grow(e->votes, &e->vcap, nm * ENT_NTYPES *
	    sizeof(*e->votes));
	memset(e->votes, 0, nm * ENT_NTYPES * sizeof(*e->votes));
	for (i = 0; i < nm; i++) {
		s = mapslot(e, cap, ENT_NTYPES, e->key[i], m[i].count,
		    e->mh[i]);
		if (*s < 0)
			mapput(e, cap, ENT_NTYPES, e->key[i], m[i].count,
			    e->mh[i], i);
		m[i].first = (size_t)e->lk[*s].m;
		/*
		 * a name opening its sentence says less of its type, a
		 * dateline's place more
		 */
		e->votes[m[i].first * ENT_NTYPES + (size_t)m[i].type] +=
		    e->tok[m[i].ta].dl ? 4 : e->tok[m[i].ta].init ? 1 : 2;
	}
	for (i = 0; i < nm; i++) {
		votes = e->votes + m[i].first * ENT_NTYPES;
		bt = m[m[i].first].type;
		for (type = 0; type < ENT_NTYPES; type++)
			if (votes[type] > votes[bt])
				bt = type;
		m[i].type = bt;
	}
	/* index: each mention's text, its word suffixes (PER), its initials */
	for (i = 0; i < nm; i++) {
		k = e->fold + e->key[i];
		kl = m[i].count;
		for (a = 0; a < kl; a++) {
			if (a > 0 && k[a - 1] != ' ')
				continue;
			if (a > 0 && m[i].type != ENT_PER)
				break;
			s = mapput(e, cap, m[i].type, e->key[i] + a, kl - a,
			    a == 0 ? e->mh[i] : whash(k + a, kl - a), i);
			if (a == 0)	/* the slot stays: for NAME below */
				e->ms[i] = s - e->map;
		}
		ini = 0;
		for (a = 0; a < kl && ini < sizeof(acr); a = b + 1) {
			for (b = a; b < kl && k[b] != ' '; b++)
				;
			if (!isconn(k + a, b - a))
				acr[ini++] = k[a];
		}
		if (ini >= 2 && ini < sizeof(acr) && memchr(k, ' ', kl)) {
			ko = fl;
			e->fold = nu_grow(e->fold, &e->fcap, fl + ini + 1);
			memcpy(e->fold + fl, acr, ini);
			fl += ini;
			mapput(e, cap, m[i].type, ko, ini, whash(acr, ini), i);
		}
	}
	for (i = 0; i < nm; i++) {
		s = m[i].count > 0 ? e->map + e->ms[i] : mapslot(e, cap,
		    m[i].type, e->key[i], m[i].count, e->mh[i]);
		b = *s >= 0 ? (size_t)e->lk[*s].m : i;
		m[i].noff = m[b].off;
		m[i].nlen = m[b].len;
	}
}

/* Whether token i is one byte joining the tokens around it (Teng-hui). */
static int
glued(const struct ents *e, size_t i)
{
	const struct etok *t = e->tok + i;

	return t->len == 1 && t->cc == 0 &&
	    t[-1].off + t[-1].len == t->off && t[1].off == t->off + 1;
}

static void
mention(struct ents *e, size_t *nm, size_t a, size_t b, int type)
{
	struct ement *m;

	while (a < b && !e->tok[a].alnum)
		a++;
	/* nor a lower-case word, but for one joined by a hyphen (Teng-hui) */
	while (b > a && e->tok[b - 1].cc <= 1 && !(e->tok[b - 1].cc == 1 &&
	    b - a >= 3 && glued(e, b - 2)))
		b--;
	if (a == b)
		return;
	e->m = nu_grow(e->m, &e->mcap, (*nm + 1) * sizeof(*e->m));
	m = e->m + (*nm)++;
	m->off = e->tok[a].off;
	m->len = e->tok[b - 1].off + e->tok[b - 1].len - m->off;
	m->noff = m->off;
	m->nlen = m->len;
	m->type = type;
	m->ta = a;
	m->tb = b;
	m->first = (size_t)-1;
	m->count = 0;
}

#define GAZ(i)	(e->w[e->tw[i]].gaz)

/*
 * The first token from i on, before c, that has a label, or c; the labels
 * of n tokens (c <= n) are read eight at a time.
 */
static inline size_t
nextlab(const uint8_t *lab, size_t i, size_t c, size_t n)
{
	uint64_t x;
	size_t k;

	for (; order.b[0] && i < c && i + 8 <= n; i += 8) {
		memcpy(&x, lab + i, sizeof(x));
		if (x != 0) {
			/* the high bit of each byte but 0; no carries */
			x = (x | ((x & 0x7f7f7f7f7f7f7f7fu) +
			    0x7f7f7f7f7f7f7f7fu)) & 0x8080808080808080u;
			k = i + (size_t)((((x & -x) >> 7) *
			    0x0001020304050607u) >> 56);
			return k < c ? k : c;
		}
	}
	if (i >= c)
		return c;
	while (i < c && lab[i] == 0)
		i++;
	return i;
}

/*
 * The next token of two sorted lists: l1[*k1..n1), l2[*k2..n2) less d
 * (those below d are passed over); both lists move on past it. Or n.
 */
static inline size_t
nextof(const size_t *l1, size_t n1, size_t *k1, const size_t *l2, size_t n2,
    size_t *k2, size_t d, size_t n)
{
	size_t x, y, i;

	while (*k2 < n2 && l2[*k2] < d)
		(*k2)++;
	x = *k1 < n1 ? l1[*k1] : n;
	y = *k2 < n2 ? l2[*k2] - d : n;
	i = x < y ? x : y;
	*k1 += *k1 < n1 && x == i;
	*k2 += *k2 < n2 && y == i;
	return i;
}

/*
 * Titles are not part of names: strip a leading title (a title word, or a
 * capitalized word before one: Prime Minister) and a leading common word
 * before a given name (State in Secretary of State Ann Lee) from a name;
 * what is left is a person when it starts with a given name or was one. A
 * capitalized given name just before a person's name belongs to it.
 */
static void
titles(struct ents *e, size_t n)
{
	size_t i, j, k;
	int t, per, cut;

	for (i = 0; (i = nextlab(e->lab, i, n, n)) < n; i++) {
		if (!(e->lab[i] & 1))
			continue;
		t = ttype(e->lab[i]);
		for (j = i + 1; j < n && e->lab[j] == 2 + 2 * t &&
		    !e->tok[j].sstart; j++)
			;
		/* [i, j) is a name */
		cut = 0;
		for (k = i; k + 1 < j; k++) {
			if (GAZ(k) & GAZ_TITLE || (e->tok[k].cc == 2 &&
			    GAZ(k + 1) & GAZ_TITLE))
				cut = 1;
			else if (!(GAZ(k) & GAZ_COMMON && !(GAZ(k) & GAZ_GIVEN) &&
			    GAZ(k + 1) & GAZ_GIVEN && (t == ENT_PER || cut)))
				break;
		}
		per = e->tok[k].cc == 2 && (GAZ(k) & GAZ_GIVEN || (t == ENT_PER &&
		    !(GAZ(k) & GAZ_COMMON)));
		if (k > i && per) {
			memset(e->lab + i, 0, k - i);
			t = ENT_PER;
			e->lab[k] = 1;
			memset(e->lab + k + 1, 2, j - k - 1);
			i = k;
		}
		/* a place then a given name: two names (in Velport Anna Lee) */
		for (k = i + 1; t != ENT_PER && k + 1 < j; k++)
			if (((GAZ(k) & (GAZ_GIVEN | GAZ_COMMON)) == GAZ_GIVEN ||
			    (k + 2 == j && !(GAZ(k) & (GAZ_COMMON | GAZ_CITY |
			    GAZ_COUNTRY | GAZ_ORGWORD | GAZ_LOCWORD)) &&
			    !(GAZ(k + 1) & (GAZ_COMMON | GAZ_ORGWORD |
			    GAZ_LOCWORD)))) &&
			    GAZ(k - 1) & (GAZ_CITY | GAZ_COUNTRY) &&
			    !(GAZ(k - 1) & GAZ_GIVEN) && e->tok[k].cc == 2 &&
			    e->tok[k + 1].cc == 2) {
				e->lab[k] = 1;
				memset(e->lab + k + 1, 2, j - k - 1);
				j = k;
				break;
			}
		if (t != ENT_PER)
			continue;
		while (i > 0 && e->lab[i - 1] == 0 && e->tok[i - 1].cc == 2 &&
		    (GAZ(i - 1) & (GAZ_GIVEN | GAZ_TITLE)) == GAZ_GIVEN &&
		    !e->tok[i].sstart) {
			e->lab[i] = 2;
			e->lab[--i] = 1;
		}
		i = j - 1;
	}
}

/* The document flags of token i's word. */
static unsigned
docflags(const struct ents *e, size_t i)
{
	const struct went *w = e->w + e->tw[i];

	if (w->low < 0 || e->w[w->low].docgen != e->docgen)
		return 0;
	return e->w[w->low].docflags;
}

/* Whether token i is the plural of a common word (Dockworkers). */
static int
plural(const struct ents *e, const char *text, size_t i)
{
	const struct etok *t = e->tok + i;

	return t->len > 3 && t->len <= WMAX && text[t->off + t->len - 1] == 's' &&
	    (ents_gaz(text + t->off, t->len - 1) & (GAZ_COMMON | GAZ_GIVEN |
	    GAZ_PROPER)) == GAZ_COMMON;
}

/*
 * A lone common word is not a person. Patterns the tagger can miss: an
 * acronym in capitals outside a capital sentence is a place when it is a
 * country code, else an organization; a given name and a capitalized word
 * that is in no word list (Jonas Brask) is a person; an acronym in capitals
 * in parentheses just after a name, spelling its initials, is that name.
 */
static void
patterns(struct ents *e, const char *text, size_t n)
{
	size_t i, j, k, a, c, c2;
	const unsigned g = GAZ_COMMON | GAZ_CITY | GAZ_COUNTRY | GAZ_ORGWORD |
	    GAZ_LOCWORD | GAZ_TITLE | GAZ_DEMONYM;
	const char *x;

	/*
	 * One walk does two things (the second does not look at what the
	 * first changes after i, and the first never at what the second
	 * changes): Allies, Citizens are not people; a sentence opens with
	 * a word written lower elsewhere.
	 */
	for (i = 0; (i = nextlab(e->lab, i, n, n)) < n; i++) {
		if (e->lab[i] == 1 + 2 * ENT_PER && (i + 1 == n ||
		    e->lab[i + 1] != 2 + 2 * ENT_PER) && !(GAZ(i) & (GAZ_GIVEN |
		    GAZ_WPER | GAZ_PROPER)) && (GAZ(i) & GAZ_COMMON ||
		    plural(e, text, i)))
			e->lab[i] = 0;
		if (e->tok[i].init && e->lab[i] & 1 && (i + 1 == n ||
		    e->lab[i + 1] != e->lab[i] + 1) && (docflags(e, i) &
		    (DOC_LOWER | DOC_CAPMID)) == DOC_LOWER)
			e->lab[i] = 0;
	}
	for (c = 0; c < e->n23; c++) {
		/* a lone acronym: a country code is a place, else a body */
		i = e->l23[c];	/* the others are not capitalized */
		if (e->lab[i] != 0 || e->tok[i].cc != 3 || e->tok[i].upper ||
		    e->tok[i].len > 6 || (i > 0 && e->lab[i - 1] != 0) ||
		    (i + 1 < n && e->lab[i + 1] != 0) ||
		    (GAZ(i) & (GAZ_COMMON | GAZ_COUNTRY)) == GAZ_COMMON ||
		    GAZ(i) & (GAZ_DEMONYM | GAZ_GIVEN | GAZ_TITLE))
			continue;
		for (j = e->tok[i].off; j < e->tok[i].off + e->tok[i].len; j++)
			if ((text[j] < 'A' || text[j] > 'Z') && text[j] != '.')
				break;
		if (j == e->tok[i].off + e->tok[i].len)
			e->lab[i] = GAZ(i) & GAZ_COUNTRY ? 1 + 2 * ENT_LOC :
			    1 + 2 * ENT_ORG;
	}
	/* the others are not capitalized and have no ( after them */
	c = c2 = 0;
	while ((i = nextof(e->l23, e->n23, &c, e->par, e->npar, &c2, 1, n)) +
	    1 < n) {
		if (e->lab[i] == 0 && e->lab[i + 1] == 0 &&
		    e->tok[i].cc == 2 && e->tok[i + 1].cc == 2 &&
		    !e->tok[i + 1].sstart &&
		    GAZ(i) & GAZ_GIVEN && !(GAZ(i) & (GAZ_TITLE | GAZ_DEMONYM |
		    GAZ_ORGWORD | GAZ_LOCWORD)) &&
		    !(GAZ(i + 1) & g) && (i + 2 >= n || e->lab[i + 2] == 0 ||
		    e->lab[i + 2] & 1)) {
			e->lab[i] = 1 + 2 * ENT_PER;
			e->lab[i + 1] = 2 + 2 * ENT_PER;
		}
		/* a name [a, i] ends here: ( X ) follows */
		if (e->lab[i] == 0 || e->lab[i + 1] != 0 || i + 3 >= n ||
		    e->tok[i + 1].len != 1 || text[e->tok[i + 1].off] != '(' ||
		    e->tok[i + 2].cc != 3 || e->lab[i + 2] != 0 ||
		    e->tok[i + 3].len != 1 || text[e->tok[i + 3].off] != ')')
			continue;
		for (a = i; a > 0 && !(e->lab[a] & 1); a--)
			;
		x = text + e->tok[i + 2].off;
		for (j = a, k = 0; j <= i; j++) {
			if (e->tok[j].cc < 2)
				continue;
			if (k >= e->tok[i + 2].len || x[k] != text[e->tok[j].off])
				break;
			k++;
		}
		if (j > i && k == e->tok[i + 2].len)
			e->lab[i + 2] = (uint8_t)(1 + 2 * ttype(e->lab[i]));
	}
}

/* Whether token i is a hyphen joining its neighbours (Anti-Ballistic). */
static int
joiner(const struct ents *e, const char *text, size_t i, size_t n)
{
	const struct etok *t = e->tok + i;

	return i > 0 && i + 1 < n && t->len == 1 && text[t->off] == '-' &&
	    e->tok[i - 1].off + e->tok[i - 1].len == t->off &&
	    e->tok[i + 1].off == t->off + 1;
}

/*
 * Capitalized words joined by hyphens to a name are part of it, which takes
 * the type of its last part (Russia-NATO Founding Act, Anti-Ballistic
 * Missile Treaty). A common word opening its sentence does not open a name
 * of several words (Both U.S. officials).
 */
static void
hyphens(struct ents *e, const char *text, size_t n)
{
	size_t i, a;
	int t;

	for (i = 1; i + 1 < n; i++) {
		if ((i = nextlab(e->lab, i + 1, n, n) - 1) + 1 >= n)
			break;
		if (!(e->lab[i + 1] & 1) || !joiner(e, text, i, n) ||
		    e->tok[i - 1].cc < 2)
			continue;
		t = ttype(e->lab[i + 1]);
		for (a = i - 1; a > 0 && e->lab[a] != 0 && !(e->lab[a] & 1);
		    a--)
			;
		e->lab[a] = (uint8_t)(1 + 2 * t);
		memset(e->lab + a + 1, 2 + 2 * t, i + 1 - a);
	}
	for (i = 0; (i = nextlab(e->lab, i, n, n)) + 1 < n; i++)
		if (e->tok[i].init && e->lab[i] & 1 && e->lab[i + 1] ==
		    e->lab[i] + 1 && (GAZ(i) & (GAZ_COMMON | GAZ_PROPER |
		    GAZ_GIVEN | GAZ_CITY | GAZ_COUNTRY | GAZ_DEMONYM | GAZ_WPER |
		    GAZ_WLOC | GAZ_WORG | GAZ_WMISC)) == GAZ_COMMON) {
			e->lab[i + 1] = e->lab[i];
			e->lab[i] = 0;
		}
}

/* A dash standing alone between spaces. */
static int
isdash(const struct ents *e, const char *text, size_t i)
{
	const struct etok *t = e->tok + i;

	return !t->alnum && i > 0 &&
	    t->off > e->tok[i - 1].off + e->tok[i - 1].len && (t->len == 1 ? text[t->off] == '-' : t->len == 3 &&
	    (memcmp(text + t->off, "\xE2\x80\x93", 3) == 0 ||
	    memcmp(text + t->off, "\xE2\x80\x94", 3) == 0));
}

/*
 * A dateline: a line that opens with up to four words in capitals followed
 * by a comma, a parenthesis or a number (NEW YORK, February 2; LONDON
 * 1996-08-30) names a place. A dash between spaces ends a name.
 */
static void
datelines(struct ents *e, const char *text, size_t n)
{
	size_t i, j, k, k1, k2;
	const struct etok *t;

	/* the others are no dash and open no line */
	k1 = k2 = 0;
	while ((i = nextof(e->ls, e->nls, &k1, e->dash, e->ndash, &k2, 0,
	    n)) < n) {
		if (e->lab[i] != 0 && isdash(e, text, i))
			e->lab[i] = 0;
		if (!e->tok[i].nl)
			continue;
		for (j = i; j < n && j < i + 4 && e->tok[j].cc == 3 &&
		    (j == i || !e->tok[j].sstart); j++)
			;
		if (j == i || j >= n || e->tok[j].upper)
			continue;
		t = e->tok + j;
		if (t->cc == 5 || (t->len == 1 && (text[t->off] == ',' ||
		    text[t->off] == '('))) {
			e->lab[i] = 1 + 2 * ENT_LOC;
			memset(e->lab + i + 1, 2 + 2 * ENT_LOC, j - i - 1);
			if (e->lab[j] != 0 && !(e->lab[j] & 1))
				e->lab[j] = 0;
			e->tok[i].dl = 1;
		}
		/*
		 * and the country after the comma, before a year (LEEDS ,
		 * England 1996-08-30; not NEW YORK , February 2)
		 */
		if (t->cc == 5 || text[t->off] != ',')
			continue;
		for (k = j + 1; k < n && k < j + 4 && (e->tok[k].cc == 2 ||
		    e->tok[k].cc == 3) && !e->tok[k].nl; k++)
			;
		if (k > j + 1 && k < n && e->tok[k].cc == 5 &&
		    e->tok[k].len >= 4 && !e->tok[k].nl) {
			e->lab[j + 1] = 1 + 2 * ENT_LOC;
			memset(e->lab + j + 2, 2 + 2 * ENT_LOC, k - j - 2);
			if (e->lab[k] != 0 && !(e->lab[k] & 1))
				e->lab[k] = 0;
		}
	}
}

/* Label tokens [a, b) as one name of type t. */
static void
label(struct ents *e, size_t a, size_t b, int t)
{
	e->lab[a] = (uint8_t)(1 + 2 * t);
	memset(e->lab + a + 1, 2 + 2 * t, b - a - 1);
}

/* Whether the tagger made tokens [a, b) one name. */
static int
onename(const struct ents *e, size_t a, size_t b)
{
	size_t k;

	if (!(e->lab[a] & 1))
		return 0;
	for (k = a + 1; k < b && e->lab[k] == e->lab[a] + 1; k++)
		;
	return k == b;
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Whether token k is one of the nl words of list. */
static int
tokin(const struct ents *e, const char *text, size_t k,
    const char *const *list, size_t nl)
{
	return shape_inlist(text + e->tok[k].off, e->tok[k].len, list, nl);
}

/*
 * Whether lower-case token k may stand inside a name: of, de, a possessive,
 * and before a capitalized word (Trade and Industry), the after of (Bank of
 * the West).
 */
static int
inname(const struct ents *e, const char *text, size_t k)
{
	static const char *const w[] = { "of", "de", "du", "da", "di", "la",
	    "le", "del", "van", "von", "der", "den", "for", "y", "e", "al",
	    "bin", "el", "des", "do", "dos", "das", "am", "upon", "on" };
	const struct etok *t = e->tok + k;
	const char *s = text + t->off;

	if (t->len == 3 && memcmp(s, "and", 3) == 0)
		return e->tok[k + 1].cc >= 2;
	/* a possessive written apart: Mecca 's Grand Mosque */
	if ((t->len == 2 && memcmp(s, "'s", 2) == 0) || (t->len == 4 &&
	    memcmp(s, "\xE2\x80\x99s", 4) == 0))
		return 1;
	if (t->len == 3 && memcmp(s, "the", 3) == 0)
		return e->tok[k - 1].len == 2 &&
		    memcmp(text + e->tok[k - 1].off, "of", 2) == 0;
	return tokin(e, text, k, w, NELEM(w));
}

/* Whether token i is a number: digits and . , : only (2, 1:17.3). */
static int
number(const struct ents *e, const char *text, size_t i)
{
	const struct etok *t = e->tok + i;
	size_t k;

	if (t->len == 0 || text[t->off] < '0' || text[t->off] > '9')
		return 0;
	for (k = t->off; k < t->off + t->len; k++)
		if ((text[k] < '0' || text[k] > '9') && text[k] != '.' &&
		    text[k] != ',' && text[k] != ':')
			return 0;
	return 1;
}

/* Whether a name of type t may end with token i's word (not 3, Prime). */
static int
nameend(const struct ents *e, const char *text, size_t i, int t)
{
	if (t != ENT_MISC && number(e, text, i))
		return 0;
	return !(GAZ(i) & GAZ_TITLE) || (GAZ(i) & (GAZ_ORGWORD | GAZ_GIVEN));
}

/*
 * Whether token i ends the names of companies: a suffix (Volkswagen AG) or
 * a word the gazetteer's list of organizations' words lacks.
 */
static int
corp(const struct ents *e, const char *text, size_t i)
{
	static const char *const w[] = { "AG", "SA", "NV", "Plc", "PLC",
	    "GmbH", "LLC", "SpA", "Oyj", "ASA", "AB", "BV", "Pty", "Airways",
	    "Bancorp", "Communications", "Exchange", "Holdings", "Industries",
	    "Motors", "Securities", "Systems", "Telecom", "Airline",
	    "Programme" };

	return tokin(e, text, i, w, NELEM(w));
}

/* Whether token k tells how a batsman went out: c, b, st, lbw. */
static int
outmark(const struct ents *e, const char *text, size_t k)
{
	const struct etok *t = e->tok + k;
	const char *s = text + t->off;

	if (t->cc != 1)
		return 0;
	switch (t->len) {
	case 1:
		return s[0] == 'b' || s[0] == 'c';
	case 2:
		return s[0] == 's' && s[1] == 't';
	case 3:
		return memcmp(s, "lbw", 3) == 0;
	}
	return 0;
}

/*
 * A batting line of a cricket scorecard from token i: names joined by the
 * marks of how the batsman went out, then the runs (Saeed Anwar c Stewart
 * b Cork 176; Wasim Akram lbw b Mullally 12): the names are people. Return
 * the token after the runs, or i when the line is not one.
 */
static size_t
batting(struct ents *e, const char *text, size_t i, size_t n)
{
	size_t k, r, names = 0;
	int bowled = 0;
	const struct etok *t;

	for (k = i; k < n && (k == i || !e->tok[k].nl); k++) {
		if (e->rc[k] != RUN_NONE) {
			if ((e->rc[k] & 7) <= RUN_FIRST)
				names++;
			continue;
		}
		if (!outmark(e, text, k))
			break;
		t = e->tok + k;
		bowled |= t->len == 1 && text[t->off] == 'b';
	}
	if (!bowled || names < 2 || k >= n || e->tok[k].nl ||
	    !number(e, text, k) || (k + 1 < n && !e->tok[k + 1].nl))
		return i;
	for (r = i; r < k; r++)
		if (e->rc[r] != RUN_NONE)
			e->lab[r] = (uint8_t)((e->rc[r] & 7) <= RUN_FIRST ?
			    1 + 2 * ENT_PER : 2 + 2 * ENT_PER);
		else
			e->lab[r] = 0;
	return k + 1;
}

/* A side of a result, tokens [a, b): a country's (Japan) or a club (Ajax). */
static int
team(const struct ents *e, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!(GAZ(a) & GAZ_NATION))
			return ENT_ORG;
	return ENT_LOC;
}

/*
 * Newswire: the shapes of names in agency copy the tagger is not taught by
 * its running text.
 * - A name does not end in a number or a title (Manchester United 3,
 *   Israeli Prime Minister).
 * - Capitalized words ending in a word of organizations or a company's
 *   suffix are one (New York Stock Exchange, General Motors Corp,
 *   Volkswagen AG), and so are such a word, of and a name (Bank of
 *   England, Ministry of Transport).
 * - A line of two names, each with a number (Arsenal 2 Chelsea 1), is a
 *   result: clubs are organizations, countries places (as CoNLL-2003
 *   writes national sides).
 * - The words before a dash opening a headline name its section (RUGBY
 *   UNION - ENGLAND WIN), no name.
 * - A common word before a title is no name (Home Secretary), nor does a
 *   word of one letter open one (A Velport court, À Vaudrelle).
 * - Capitalized words opening with a word of places are a place (River
 *   Orrin, Mount Tansby), unless they end in a word of organizations.
 * - A compass point before a nationality belongs to it (South African).
 * - A batting line of a cricket scorecard names people (Saeed Anwar c
 *   Stewart b Cork 176).
 * - A person's name goes on over a hyphen and a lower-case syllable that is
 *   no word (Lee Teng-hui).
 */
static void
wire(struct ents *e, const char *text, size_t n)
{
	static const char *const compass[] = { "North", "South", "East",
	    "West", "Central" };
	size_t i, j, k, a, r;
	int t;

	for (i = 0; (i = nextlab(e->lab, i, n, n)) < n; i = j) {
		t = ttype(e->lab[i]);
		for (j = i + 1; j < n && e->lab[j] == 2 + 2 * t; j++)
			;
		/* a lower-case word no name holds ends it: ... Department and the */
		for (k = i + 1; k + 1 < j && (e->tok[k].cc != 1 ||
		    e->tok[k].upper || inname(e, text, k)); k++)
			;
		if (k + 1 < j) {
			/* the rest, from its next capitalized word, is another */
			for (a = k; a < j && e->tok[a].cc < 2; a++)
				e->lab[a] = 0;
			if (a < j)
				e->lab[a] = (uint8_t)(1 + 2 * t);
			j = k;
		}
		for (k = j; k > i + 1 && !nameend(e, text, k - 1, t); k--)
			e->lab[k - 1] = 0;
		/* a word of one letter opens no name (A Velport court, À Paris) */
		if (k > i + 1 && e->tok[i].cc == 4 && e->tok[i].len <= 2) {
			e->lab[i] = 0;
			e->lab[++i] = (uint8_t)(1 + 2 * t);
		}
		if (k == i + 1 && !nameend(e, text, i, t))
			e->lab[i] = 0;
		/* Home Secretary: a common word before a title is no name */
		if (j == i + 1 && t != ENT_PER && j < n && e->lab[j] == 0 &&
		    !e->tok[j].sstart && e->tok[j].cc == 2 &&
		    GAZ(j) & GAZ_TITLE && (GAZ(i) & (GAZ_COMMON | GAZ_PROPER |
		    GAZ_COUNTRY | GAZ_CITY | GAZ_DEMONYM)) == GAZ_COMMON)
			e->lab[i] = 0;
		/* South African */
		if (t == ENT_MISC && i > 0 && GAZ(i) & GAZ_DEMONYM &&
		    e->lab[i - 1] == 0 && e->tok[i - 1].cc == 2 &&
		    !e->tok[i].sstart && tokin(e, text, i - 1, compass,
		    NELEM(compass)))
			label(e, i - 1, j, ENT_MISC);
		/* Lee Teng-hui */
		if (t == ENT_PER && j + 1 < n && e->lab[j] == 0 &&
		    joiner(e, text, j, n) && e->tok[j + 1].cc == 1 &&
		    e->tok[j + 1].len <= 4 && !(GAZ(j + 1) & GAZ_COMMON))
			e->lab[j] = e->lab[j + 1] = 2 + 2 * ENT_PER;
	}
	/* a headline's section before a dash: RUGBY UNION - ENGLAND WIN */
	for (j = 0; j < e->nls; j++) {
		if (!e->tok[i = e->ls[j]].upper)
			continue;
		for (k = i; k < n && k < i + 3 && e->tok[k].alnum &&
		    (k == i || !e->tok[k].nl); k++)
			;
		if (k > i && k < n && !e->tok[k].nl && isdash(e, text, k))
			memset(e->lab + i, 0, k - i);
	}
	/* the runs of capitalized words, from their codes (ents_runcodes) */
	for (i = 0; i < n; i = j) {
		if (e->rc[i] == RUN_NONE) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < n && (e->rc[j] & 7) > RUN_FIRST; j++)
			;
		/* leave out a common word opening the sentence, titles */
		for (a = i; a < j && ((e->tok[a].init && (GAZ(a) & (GAZ_COMMON |
		    GAZ_PROPER | GAZ_GIVEN | GAZ_ORGWORD | GAZ_LOCWORD)) ==
		    GAZ_COMMON) || (GAZ(a) & GAZ_TITLE && e->lab[a] == 0)); a++)
			;
		/* River Orrin, Mount Tansby: a place */
		if (j - a >= 2 && (GAZ(a) & (GAZ_LOCWORD | GAZ_ORGWORD)) ==
		    GAZ_LOCWORD && !(e->rc[i] & RUN_ORG) &&
		    e->tok[a].cc == 2 && (e->lab[a] == 0 || e->lab[a] & 1) &&
		    (j == n || e->lab[j] == 0 || e->lab[j] & 1)) {
			for (k = a + 1; k < j && !(GAZ(k) & GAZ_TITLE); k++)
				;
			if (k == j)
				label(e, a, j, ENT_LOC);
		}
		/*
		 * ending in a word of organizations: one, unless the tagger
		 * made them one name of another kind than a person
		 */
		if (j - a >= 2 && (e->rc[i] & RUN_ORG || corp(e, text,
		    j - 1))) {
			for (k = a + 1; k < j && !(GAZ(k) & GAZ_TITLE); k++)
				;
			/* with the words joined on by hyphens: Daimler-Benz AG */
			for (r = a; r >= 2 && joiner(e, text, r - 1, n) &&
			    capword(e->tok[r - 2].cc); r -= 2)
				;
			if (k == j && (j == n || (e->lab[j] & 1) ||
			    e->lab[j] == 0) && (e->lab[r] == 0 ||
			    e->lab[r] & 1) && (!onename(e, r, j) ||
			    e->lab[r] == 1 + 2 * ENT_PER))
				label(e, r, j, ENT_ORG);
		}
		/* Bank of England */
		if (j - a == 1 && e->rc[i] & RUN_ORG && j + 1 < n &&
		    e->tok[j].len == 2 && memcmp(text + e->tok[j].off, "of",
		    2) == 0 && (e->rc[j + 1] & 7) >= RUN_ONE &&
		    (e->rc[j + 1] & 7) <= RUN_FIRST && !e->tok[j + 1].sstart &&
		    (e->lab[a] == 0 || e->lab[a] & 1)) {
			t = e->lab[j + 1] != 0 ? ttype(e->lab[j + 1]) : -1;
			for (k = j + 2; k < n && (e->rc[k] & 7) > RUN_FIRST &&
			    !(GAZ(k) & GAZ_TITLE) &&
			    e->lab[k] == (t < 0 ? 0 : 2 + 2 * t); k++)
				;
			if (t != ENT_PER)
				label(e, a, k, ENT_ORG);
			j = k;
			continue;
		}
		if (e->tok[i].nl && (k = batting(e, text, i, n)) > i) {
			j = k;
			continue;
		}
		/* a result line: NAME number NAME number */
		if (!e->tok[i].nl || j + 2 >= n || !number(e, text, j) ||
		    e->tok[j + 1].nl || e->rc[j + 1] == RUN_NONE)
			continue;
		for (k = j + 2; k < n && (e->rc[k] & 7) > RUN_FIRST; k++)
			;
		if (k < n && !e->tok[k].nl && number(e, text, k) &&
		    (k + 1 == n || e->tok[k + 1].nl)) {
			label(e, i, j, team(e, i, j));
			label(e, j + 1, k, team(e, j + 1, k));
			j = k + 1;
		}
	}
}

/* BIO labels to mentions. */
static size_t
mentions(struct ents *e, size_t n)
{
	size_t a, i, nm = 0;
	int t, ct = -1;

	for (a = i = 0; i <= n; i++) {
		if (ct < 0)	/* no mention open: skip the O labels */
			i = nextlab(e->lab, i, n, n);
		t = i < n ? ttype(e->lab[i]) : -1;
		if (i < n && t >= 0 && t == ct && !(e->lab[i] & 1) &&
		    !e->tok[i].sstart)
			continue;	/* I- of the open mention */
		if (ct >= 0)
			mention(e, &nm, a, i, ct);
		ct = t;
		a = i;
	}
	return nm;
}

/*
 * A capitalized word left out that the document names elsewhere as a name
 * of one word, or as a person's surname, is that name too (unless it is a
 * common word opening its sentence). Return whether a label changed.
 */
static int
propagate(struct ents *e, size_t n, size_t nm)
{
	struct went *w;
	size_t i, j, last;
	int cc, t, changed = 0;

	for (j = 0; j < nm; j++) {
		i = e->m[j].ta;
		last = e->m[j].tb - 1;
		if (last != i && e->m[j].type != ENT_PER)
			continue;
		w = e->w + e->tw[last];
		t = (e->m[j].type + 1) | (last != i ? SURNAME : 0);
		if (w->mgen != e->docgen)
			w->mtype = (uint8_t)t;
		else if ((w->mtype & 0xf) == (t & 0xf))
			w->mtype |= (uint8_t)t;
		else if (t & SURNAME || (w->mtype != 0xff && w->mtype & SURNAME))
			w->mtype = (ENT_PER + 1) | SURNAME;	/* a surname wins */
		else
			w->mtype = 0xff;	/* two types: leave it */
		w->mgen = e->docgen;
	}
	for (j = 0; j < e->n23; j++) {
		i = e->l23[j];	/* the others are not capitalized */
		cc = e->tok[i].cc;	/* w->ctx & 7 */
		if (e->lab[i] != 0 || (cc != 2 && cc != 3))
			continue;
		w = e->w + e->tw[i];
		if (w->mgen != e->docgen || w->mtype == 0xff)
			continue;
		if (e->tok[i].init && (w->ctx & 128) && !(w->mtype & SURNAME))
			continue;
		if (i + 1 < n && e->lab[i + 1] != 0 && !(e->lab[i + 1] & 1))
			continue;
		e->lab[i] = (uint8_t)(1 + 2 * ((w->mtype & 0xf) - 1));
		changed = 1;
	}
	return changed;
}

static unsigned
tokgaz(void *arg, size_t i)
{
	const struct ents *e = arg;

	return GAZ(i);
}

/* The run code of each token (ents_runcodes). */
static void
runs(struct ents *e, size_t n)
{
	e->rc = nu_grow(e->rc, &e->rccap, (n + 1) * sizeof(*e->rc));
	if (n > 0)
		ents_runcodes(&e->tok[0].cc, &e->tok[0].sstart,
		    sizeof(e->tok[0]), n, tokgaz, e, e->rc);
}

/* Look up the word of token t, the i-th. */
static void
lookup(struct ents *e, const char *text, struct etok *tk, size_t i)
{
	const unsigned char *u = (const unsigned char *)text + tk->off;
	struct went *w;
	char lw[WMAX];
	int32_t li;

	/* such tokens do not come by fastword */
	if (tk->len == 1 && u[0] == '(')
		e->par[e->npar++] = i;
	if ((tk->len == 1 && u[0] == '-') || (tk->len == 3 && u[0] == 0xE2 &&
	    u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94)))
		e->dash[e->ndash++] = i;

	if (tk->len == 1 && (unsigned char)text[tk->off] < 0x80) {
		li = e->one[(unsigned char)text[tk->off]];
		if (li < 0)
			li = e->one[(unsigned char)text[tk->off]] =
			    wfind(e, text + tk->off, 1);
	} else
		li = wfind(e, text + tk->off, tk->len);
	e->tw[i] = li;
	w = e->w + li;
	if (!w->have)
		wvec(e, li);
	if (w->low < 0) {
		lower(text + tk->off, w->len, lw);
		li = wfind(e, lw, w->len);
		w = e->w + e->tw[i];	/* e->w may have moved */
		w->low = li;
	}
	tk->cc = w->ctx & 7;
	tk->alnum = tk->cc != 0;
	e->llo += (tk->cc == 1) | (tk->cc == 6);
	e->lcomma += (tk->len == 1) & (text[tk->off] == ',');
}

/* The key whashkey makes of the last n bytes of a word (1 to 8), in x. */
static inline uint64_t
wkey(uint64_t x, size_t n)
{
	if (n >= 4)
		return (x & 0xffffffffu) | (x >> (8 * n - 32) & 0xffffffffu) <<
		    32;
	return (x & 0xff) | (x >> (8 * (n / 2)) & 0xff) << 8 |
	    (x >> (8 * (n - 1)) & 0xff) << 16;
}

/*
 * The entry of word s of n bytes (1 to 15) that fastword did not find in
 * the cache: x and x1 as there; c its slot in the cache, if any, to fill
 * with xm. Its case class in *ccp.
 */
static int32_t
slowword(struct ents *e, const char *s, size_t n, uint64_t x, uint64_t x1,
    struct wcache *c, uint64_t xm, unsigned *ccp)
{
	struct went *w;
	char lw[WMAX];
	int32_t li, lo;
	uint64_t key, h;

	if (n == 1) {
		li = e->one[x & 0x7f];
		if (li < 0)
			li = e->one[x & 0x7f] = wfind(e, s, 1);
	} else {
		/* as whashkey does */
		h = 0x9e3779b97f4a7c15u ^ n;
		if (n > 8) {
			h = (h ^ x) * 0xff51afd7ed558ccdu;
			h ^= h >> 32;
			key = wkey(x1, n - 8);
		} else
			key = wkey(x, n);
		li = wfindh(e, s, n, whashend(h, key), key);
	}
	w = e->w + li;
	if (!w->have)
		wvec(e, li);
	if (w->low < 0) {
		lower(s, n, lw);
		lo = wfind(e, lw, n);
		w = e->w + li;	/* e->w may have moved */
		w->low = lo;
	}
	*ccp = w->ctx & 7;
	if (c != NULL) {
		c->x = xm;
		c->n = (uint8_t)n;
		c->cc = (uint8_t)*ccp;
		c->i = li;
	}
	return li;
}

/*
 * Make token i of n bytes (1 to 15) at off, and look up its word: x holds
 * its first eight bytes, and x1 the next eight, as load64 reads them on a
 * little-endian machine (plainword).
 */
static inline void
fastword(struct ents *e, const char *text, struct etok *t, size_t i,
    size_t off, size_t n, uint64_t x, uint64_t x1)
{
	/* lower-case words (ents_capclass 1 and 6) */
	static const uint8_t lowcc[8] = { 0, 1, 0, 0, 0, 0, 1, 0 };
	struct etok *tk = t + i;
	struct wcache *c = NULL;
	uint64_t xm = 0;
	int32_t li;
	unsigned cc;

	tk->off = off;
	tk->len = (uint32_t)n;
	tk->sstart = tk->init = tk->capsent = tk->nl = tk->upper = tk->dl = 0;
	if (n <= 8) {
		/* the bytes of the word alone, and its slot in the cache */
		xm = x & (~(uint64_t)0 >> (64 - 8 * n));
		c = e->wc + (((xm ^ n) * 0x9e3779b97f4a7c15u) >> (64 - WCBITS));
	}
	if (c != NULL && c->x == xm && c->n == n) {
		li = c->i;
		cc = c->cc;
	} else
		li = slowword(e, text + off, n, x, x1, c, xm, &cc);
	e->tw[i] = li;
	tk->cc = (uint8_t)cc;
	tk->alnum = cc != 0;
	e->llo += lowcc[cc & 7];
	/* xm is the byte itself for a word of one byte, else not one */
	tk->ep = xm == '.' || xm == '!' || xm == '?';
	e->lcomma += xm == ',';
}

/* The document flags token t, the i-th, gives its word's lower-case form. */
static inline void
docmark(struct ents *e, const struct etok *t, size_t i)
{
	struct went *lw = e->w + e->w[e->tw[i]].low;

	/* no branches: a word is new to the document at random */
	lw->docflags = (uint8_t)((lw->docflags & -(lw->docgen == e->docgen)) |
	    e->mark[t->cc & 7][t->init & 1][t->capsent & 1]);
	lw->docgen = e->docgen;
}

/*
 * The tokens [a, b) of a line are looked up: mark its sentences, and the
 * document flags its words give their lower-case forms. With text NULL,
 * make room for a tokens instead.
 */
static void
markline(struct ents *e, const char *text, struct etok *t, size_t a,
    size_t b)
{
	/* by case class: a lower-case word (low half), one in capitals */
	static const uint64_t lowup[8] = {
		0, 1, 1, (uint64_t)1 << 32, 0, 0, 1, 0
	};
	size_t i, j;
	unsigned first, c;
	uint64_t cnt;

	if (text == NULL) {
		e->tw = nu_grow(e->tw, &e->twcap, a * sizeof(*e->tw));
		e->sst = nu_grow(e->sst, &e->sstcap, a * sizeof(*e->sst));
		e->l23 = nu_grow(e->l23, &e->l23cap, a * sizeof(*e->l23));
		e->ls = nu_grow(e->ls, &e->lscap, a * sizeof(*e->ls));
		e->par = nu_grow(e->par, &e->parcap, a * sizeof(*e->par));
		e->dash = nu_grow(e->dash, &e->dashcap, a * sizeof(*e->dash));
		e->llo = e->lcomma = 0;
		return;
	}
	/* as sentences does, the line being [a, b) */
	e->ls[e->nls++] = a;
	if (e->llo == 0 && e->lcomma >= 2) {
		for (i = a; i < b; i++) {
			t[i].sstart = t[i].init = i == a;
			t[i].capsent = 1;
			docmark(e, t + i, i);
			e->l23[e->n23++] = i;
		}
		e->sst[e->nsst++] = a;
		e->ncaps += b - a;
		return;
	}
	t[a].sstart = 1;
	for (j = a; j < b; j = i) {
		e->sst[e->nsst++] = j;
		cnt = 0;
		first = 1;
		for (i = j; i < b;) {
			/* alnum is cc != 0 */
			c = t[i].cc;
			t[i].init = (uint8_t)((c != 0) & first);
			first &= c == 0;
			cnt += lowup[c & 7];
			if (++i == b)
				break;
			t[i].sstart = (uint8_t)(t[i - 1].ep & (t[i].cc != 1));
			if (t[i].sstart)
				break;
		}
		c = (cnt & 0xffffffffu) == 0 && cnt >> 32 >= 2;
		e->ncaps += c ? i - j : 0;
		for (; j < i; j++) {
			t[j].capsent = (uint8_t)c;
			docmark(e, t + j, j);
			/* truecasing may make them capitalized */
			e->l23[e->n23] = j;
			e->n23 += c | (t[j].cc == 2) | (t[j].cc == 3);
		}
	}
}

/* Tag token i, in a sentence in capitals, as if written in running text. */
static void
truecase(struct ents *e, size_t i)
{
	struct etok *tk = e->tok + i;
	struct went *w;
	char lw[WMAX];
	int32_t ti;
	unsigned df;

	w = e->w + e->tw[i];
	if (w->len > WMAX)
		return;
	df = e->w[w->low].docgen == e->docgen ?
	    e->w[w->low].docflags : 0;
	if (w->tcw >= 0 && w->tcf == df)
		ti = w->tcw;	/* as last time */
	else {
		ents_truecase(e->arena + w->off, w->len, df, lw);
		ti = wfind(e, lw, w->len);
		if (!e->w[ti].have)
			wvec(e, ti);
		if (e->w[ti].low < 0)
			e->w[ti].low = e->w[e->tw[i]].low;
		w = e->w + e->tw[i];	/* e->w may have moved */
		w->tcw = ti;
		w->tcf = (uint8_t)df;
	}
	e->tw[i] = ti;
	tk->cc = e->w[ti].ctx & 7;
	tk->capsent = 0;
	tk->upper = 1;
}

/*
 * News introduces a person by full name or title: a lone word tagged a
 * person that is no given name, does not end a longer name in the
 * document, follows no title (nor a bowler's b) and comes before no
 * number (a scorer's minute: Shearer 12) is taken for an organization
 * (Interfax).
 */
static void
strangers(struct ents *e, const char *text, size_t n, size_t nm)
{
	const struct went *w;
	size_t j, i;

	for (j = 0; j < nm; j++)
		if (e->m[j].tb - e->m[j].ta > 1)
			e->w[e->tw[e->m[j].tb - 1]].lgen = e->docgen;
	for (j = 0; j < nm; j++) {
		if (e->m[j].type != ENT_PER || e->m[j].tb - e->m[j].ta != 1)
			continue;
		i = e->m[j].ta;
		w = e->w + e->tw[i];
		if (w->lgen == e->docgen ||
		    GAZ(i) & (GAZ_GIVEN | GAZ_WPER) ||
		    (i > 0 && (GAZ(i - 1) & GAZ_TITLE ||
		    outmark(e, text, i - 1))) || (i + 1 < n &&
		    number(e, text, i + 1)))
			continue;
		e->m[j].type = ENT_ORG;
	}
}

/* Find and link the mentions of one document. */
static size_t
find1(struct ents *e, const char *text, size_t len, struct ement **mp)
{
	size_t n, i, j, end, nm = 0;

	if (e->nw > 200000)
		wreset(e);
	if (++e->docgen == 0)
		e->docgen = 1;
	e->nsst = e->ncaps = e->n23 = e->nls = e->npar = e->ndash = 0;
	n = tokens(text, len, &e->tok, &e->tcap, e);
	e->tw = nu_grow(e->tw, &e->twcap, (n + 1) * sizeof(*e->tw));
	e->lab = nu_grow(e->lab, &e->labcap, n + 1);
	/* sentences in capitals are tagged as if written in running text */
	for (j = 0; e->ncaps > 0 && j < e->nsst; j++) {
		if (!e->tok[e->sst[j]].capsent)
			continue;
		end = j + 1 < e->nsst ? e->sst[j + 1] : n;
		for (i = e->sst[j]; i < end; i++)
			truecase(e, i);
	}
	runs(e, n);
	/* the sentences: from each start to the next */
	for (i = 0; i < e->nsst; i++)
		sentence(e, e->sst[i], i + 1 < e->nsst ? e->sst[i + 1] : n);
	datelines(e, text, n);
	hyphens(e, text, n);
	patterns(e, text, n);
	titles(e, n);
	wire(e, text, n);
	nm = mentions(e, n);
	if (propagate(e, n, nm))
		nm = mentions(e, n);
	strangers(e, text, n, nm);
	if (nm > 0)
		link(e, text, nm);
	*mp = e->m;
	return nm;
}

/* The length of the CoNLL document mark at s, or 0. */
static size_t
docstart(const char *s, size_t n)
{
	return n >= 10 && memcmp(s, "-DOCSTART-", 10) == 0 ? 10 : 0;
}

/*
 * A text in CoNLL form may hold several documents, each after a line that
 * opens with -DOCSTART-: each is a document of its own.
 */
size_t
ents_find(struct ents *e, const char *text, size_t len, struct ement **mp)
{
	size_t a, b, i, k, n, nall = 0;
	const char *nl;
	struct ement *m;

	for (b = 0; b < len; b = nl != NULL ? (size_t)(nl - text) + 1 : len) {
		if (docstart(text + b, len - b))
			break;
		nl = memchr(text + b, '\n', len - b);
	}
	if (b >= len)
		return find1(e, text, len, mp);
	/* several documents: the mentions of each are gathered in e->all */
	for (a = 0; a < len; a = b) {
		if ((k = docstart(text + a, len - a)) > 0)
			a += k;
		for (b = a; b < len; b = (size_t)(nl - text) + 1) {
			if ((nl = memchr(text + b, '\n', len - b)) == NULL) {
				b = len;
				break;
			}
			if (b > a && docstart(text + b, len - b))
				break;
		}
		n = find1(e, text + a, b - a, &m);
		e->all = nu_grow(e->all, &e->allcap, (nall + n + 1) *
		    sizeof(*e->all));
		for (i = 0; i < n; i++) {
			e->all[nall] = m[i];
			e->all[nall].off += a;
			e->all[nall++].noff += a;
		}
	}
	*mp = e->all;
	return nall;
}

/* Mentions by entity (type, NAME), then in order. */
static int
byentity(const void *x, const void *y)
{
	const struct ement *a = x, *b = y;

	if (a->type != b->type)
		return a->type - b->type;
	if (a->noff != b->noff)
		return (a->noff > b->noff) - (a->noff < b->noff);
	if (a->nlen != b->nlen)
		return (a->nlen > b->nlen) - (a->nlen < b->nlen);
	return (a->off > b->off) - (a->off < b->off);
}

static int
bycount(const void *x, const void *y)
{
	const struct ement *a = x, *b = y;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return (a->off > b->off) - (a->off < b->off);
}

size_t
ents_count(struct ement *m, size_t n)
{
	size_t i, k = 0;

	/* the entity of a mention: its type and its NAME's offset */
	if (n > 1)
		qsort(m, n, sizeof(*m), byentity);
	for (i = 0; i < n; i++) {
		if (k > 0 && m[k - 1].type == m[i].type &&
		    m[k - 1].noff == m[i].noff && m[k - 1].nlen == m[i].nlen) {
			m[k - 1].count++;
			continue;
		}
		m[k] = m[i];
		m[k++].count = 1;
	}
	if (k > 1)
		qsort(m, k, sizeof(*m), bycount);
	return k;
}
