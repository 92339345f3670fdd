/*
 * dates.c: find temporal expressions and normalize them to TIMEX3 values.
 *
 * Three passes over a document. The tokenizer cuts the text into words,
 * numbers (a run of digits joined by , . : / - such as 2022-01-26 or
 * 26-28 is one token with its parts) and punctuation, keeping byte offsets.
 * The matcher tries the rules of rules[] at each token and keeps the
 * longest match; rules test word classes from datelex.c, never words, and
 * record what they found (a calendar date, an offset from the reference,
 * a weekday, a duration ...). The resolver then walks the matches in
 * order and computes TIMEX3 values (TimeML 1.2.1, TIDES conventions)
 * against the reference date: --ref, else the first full date the
 * document gives, else X placeholders (XXXX-12-15).
 */
#include <stdio.h>
#include <string.h>

#include "datecal.h"
#include "datelex.h"
#include "dates.h"
#include "news.h"
#include "out.h"
#include "utf8.h"

enum { K_WORD = 1, K_NUM, K_PUNCT, K_NL };

#define MAXPART 4

/* The parts of a number token: 2022-01-26 has three. */
struct num {
	char	sep[MAXPART];	/* separator before part k */
	unsigned char dig[MAXPART];
	int	part[MAXPART];
	size_t	poff[MAXPART];
};

struct tok {
	size_t	off;
	unsigned int len;
	unsigned char kind;
	unsigned char sp;	/* space (or the start) before it */
	char	c;		/* punctuation: the ASCII character, '-' a dash */
	unsigned char np;	/* number: parts, 0 when too many */
	unsigned char st;	/* a match may start here: ST_* */
	unsigned int mask;	/* the classes of its table entries, by bit */
	unsigned int num;	/* number: its parts in C.num[num] */
	const struct lexent *const *lx;
};

#define NP(t)	(&C.num[(t)->num])

/* Where a match may start: at a word of one of these classes ... */
#define ST_ALONE	1
#define ALONE	(1u << LX_MONTH | 1u << LX_MONABBR | 1u << LX_WDAY | \
	1u << LX_WDAYS | 1u << LX_UNITS | 1u << LX_DEICT | 1u << LX_SET | \
	1u << LX_CLOCK | 1u << LX_SEASON | 1u << LX_CUE | 1u << LX_HOLIDAY)
/* ... or at one of these when a word, number or dash follows. */
#define ST_NEXT		2
#define NEXT	(1u << LX_THE | 1u << LX_NUM | 1u << LX_MOD | 1u << LX_EDGE | \
	1u << LX_THAT | 1u << LX_REL | 1u << LX_EVERY | 1u << LX_AGO | \
	1u << LX_ORD | 1u << LX_UNIT)

/* What a rule found; the resolver turns it into a value. */
enum { R_YMD = 1, R_DECADE, R_CENTURY, R_WDAY, R_RELU, R_ANCHOR, R_AGO,
	R_LIT, R_TODAY, R_QUARTER, R_SEASON, R_CLOCK, R_WEEKEND };

struct mt {
	size_t	off, end;
	int	type;
	int	kind;
	int	y, m, d;	/* -1: not given */
	int	n;		/* offset in units, or a count */
	int	unit;
	int	wd;		/* weekday 1-7 */
	int	rel;		/* R_LAST ... from datelex.h */
	int	part;		/* part of day S_MO ..., 0 */
	int	hh, mm;		/* clock, hh -1 none */
	int	mod;
	int	tense;		/* -1 past, 1 future, 0 unknown */
	int	para;		/* paragraph number */
	int	full;		/* an explicit calendar date */
	int	prevday;	/* a clock time right after a date ("at") */
	char	lit[24];
};

struct ctx {
	const char	*s;
	struct tok	*t;
	size_t		 nt, tcap;	/* tokens of a line, and room for them */
	struct num	*num;
	size_t		 nnum, numcap;
	size_t		 maxword;	/* the longest word a table may hold */
	const unsigned	(*filter)[32];	/* lex_filter() */
	size_t		*cand;		/* tokens a match may start at */
	size_t		 ncand, ccap;
	int		 lang;
	int		 edge;	/* an edge prefix (the end of) came before */
	struct mt	*m;
	size_t		 nm, mcap;
	struct timex	*tx;
	size_t		 txcap;
};

static struct ctx C;

static const char *const modname[] = { NULL, "APPROX", "LESS_THAN",
	"MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END" };
static const char unitch[] = " SMHDWEMQYXC";	/* by U_*: value letters */
static const char *const partname[] = { "", "SP", "SU", "FA", "WI", "MO",
	"AF", "EV", "NI" };

/* Tokenizer */

/* Byte classes for the hot loop: what may start or continue a token. */
enum { B_OTHER, B_SPACE, B_NL, B_LOWER, B_UPPER, B_DIGIT, B_HIGH };

static unsigned char bcls[256], letter[256];

static void
bclsinit(void)
{
	int c;

	for (c = 0; c < 256; c++)
		bcls[c] = c >= 0x80 ? B_HIGH : c >= 'a' && c <= 'z' ? B_LOWER :
		    c >= 'A' && c <= 'Z' ? B_UPPER : c >= '0' && c <= '9' ?
		    B_DIGIT : c == '\n' ? B_NL : c == ' ' || c == '\t' ||
		    c == '\r' || c == '\f' || c == '\v' ? B_SPACE : B_OTHER;
	for (c = 0; c < 256; c++)
		letter[c] = bcls[c] == B_LOWER || bcls[c] == B_UPPER;
}

static void
growtoks(void)
{
	size_t bytes = C.tcap * sizeof(*C.t);

	C.t = nu_grow(C.t, &bytes, (C.nt + 1) * sizeof(*C.t));
	C.tcap = bytes / sizeof(*C.t);
}

static inline struct tok *
newtok(size_t off, int kind, int sp)
{
	struct tok *t;

	if (C.nt == C.tcap)
		growtoks();
	t = &C.t[C.nt++];
	t->off = off;
	t->len = 0;
	t->kind = kind;
	t->sp = sp;
	t->np = 0;
	t->c = 0;
	t->num = t->mask = 0;
	t->lx = NULL;
	return t;
}

/* Kinds of a code point outside ASCII: 0 letter, 1 space, 2 punctuation. */
static int
ucls(uint32_t cp, int *c)
{
	*c = 0;
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x3000 || cp == 0xFEFF)
		return 1;
	if (cp >= 0x2010 && cp <= 0x2015)
		*c = '-';
	else if (cp == 0x2018 || cp == 0x2019)
		*c = '\'';
	else if (cp == 0x201C || cp == 0x201D)
		*c = '"';
	if (*c || (cp >= 0x2016 && cp <= 0x206F) || cp < 0xC0 || cp == 0xD7 ||
	    cp == 0xF7)
		return 2;
	return 0;
}

static int
isdigit_(int c)
{
	return c >= '0' && c <= '9';
}

/* A run of digits with , . : / - between them (no space): one token. */
static size_t
number(const char *s, size_t n, size_t p, int sp)
{
	struct tok *t = newtok(p, K_NUM, sp);
	struct num *np;
	size_t q;
	int k = 0, v, nd;

	if ((C.nnum + 1) * sizeof(*C.num) > C.numcap)
		C.num = nu_grow(C.num, &C.numcap, (C.nnum + 1) *
		    sizeof(*C.num));
	t->num = C.nnum++;
	np = &C.num[t->num];
	memset(np, 0, sizeof(*np));
	for (;;) {
		for (q = p, v = 0, nd = 0; q < n && isdigit_(s[q]); q++, nd++)
			if (v < 100000)
				v = v * 10 + s[q] - '0';
		if (k < MAXPART) {
			np->part[k] = v;
			np->dig[k] = nd > 255 ? 255 : nd;
			np->poff[k] = p;
		}
		k++;
		p = q;
		if (p + 1 < n && (s[p] == ',' || s[p] == '.' || s[p] == ':' ||
		    s[p] == '/' || s[p] == '-') && isdigit_(s[p + 1])) {
			if (k < MAXPART)
				np->sep[k] = s[p];
			p++;
		} else if (p + 3 < n && (unsigned char)s[p] == 0xE2 &&
		    (unsigned char)s[p + 1] == 0x80 &&
		    ((unsigned char)s[p + 2] == 0x93 ||
		    (unsigned char)s[p + 2] == 0x94) && isdigit_(s[p + 3])) {
			if (k < MAXPART)
				np->sep[k] = '-';
			p += 3;
		} else
			break;
	}
	t->np = k <= MAXPART && t->num != 0 ? k : 0;
	t->len = p - t->off;
	return p;
}

/* Token k may start a match: the main loop looks at these only. */
static void
addcand(size_t k)
{
	if (C.ncand == C.ccap) {
		size_t bytes = C.ccap * sizeof(*C.cand);

		C.cand = nu_grow(C.cand, &bytes, (C.ncand + 1) *
		    sizeof(*C.cand));
		C.ccap = bytes / sizeof(*C.cand);
	}
	C.cand[C.ncand++] = k;
}

static int
startclass(struct tok *t)
{
	const struct lexent *const *e;
	unsigned m = 0;

	for (e = t->lx; *e != NULL; e++)
		m |= 1u << (*e)->cls;
	t->mask = m;
	return m & ALONE ? ST_ALONE : m & NEXT ? ST_NEXT : 0;
}

/*
 * Cut s[p..n) into tokens up to the end of its line; return the offset
 * after the newline. This is the one hot loop: a byte table classifies
 * ASCII, and only words short enough to be in a table are looked up.
 */
static size_t
tokenize(const char *s, size_t n, size_t p)
{
	size_t q;
	uint32_t cp;
	int sp = 1, r, c, k;
	struct tok *t;

	C.nt = C.ncand = 0;
	C.nnum = 1;	/* C.num[0]: the parts of tokens that are no number */
	while (p < n) {
		c = (unsigned char)s[p];
		switch (bcls[c]) {
		case B_NL:
			return p + 1;
		case B_SPACE:
			p++, sp = 1;
			continue;
		case B_DIGIT:
			addcand(C.nt);
			p = number(s, n, p, sp), sp = 0;
			continue;
		case B_LOWER:
		case B_UPPER:
			k = 0, r = 1;
			break;
		case B_OTHER:
			if (c == '\'')
				addcand(C.nt);
			t = newtok(p++, K_PUNCT, sp);
			t->len = 1;
			t->c = c;
			sp = 0;
			continue;
		default:
			if ((r = utf8_decode((const unsigned char *)s + p,
			    n - p, &cp)) < 0)
				k = 2, r = 1, cp = 0, c = 0;
			else
				k = ucls(cp, &c);
			if (k == 1) {
				p += r, sp = 1;
				continue;
			}
			if (k == 2) {
				if (c == '\'')
					addcand(C.nt);
				t = newtok(p, K_PUNCT, sp);
				t->len = r;
				t->c = c;
				p += r, sp = 0;
				continue;
			}
		}
		/* A word: letters, and letters outside ASCII. */
		t = newtok(p, K_WORD, sp);
		for (q = p + r;;) {
			while (q < n && letter[(unsigned char)s[q]])
				q++;
			if (q >= n || bcls[(unsigned char)s[q]] != B_HIGH ||
			    (r = utf8_decode((const unsigned char *)s + q,
			    n - q, &cp)) < 0 || ucls(cp, &k) != 0)
				break;
			q += r;
		}
		t->len = q - p;
		if (t->len <= C.maxword && (C.filter[s[p] & 31][s[q - 1] & 31] &
		    1u << t->len) && (t->lx = lex_find(C.lang, s + p, t->len)) !=
		    NULL && (t->st = startclass(t)) != 0)
			addcand(C.nt - 1);
		p = q, sp = 0;
		if (p < n && s[p] == ' ')
			p++, sp = 1;	/* the common case, without the switch */
	}
	return p;
}

/* Token tests */

/* A word that starts with a capital (Latin-1 ones too: Ä, É). */
static int
iscap(const struct tok *t)
{
	int c;

	if (t->kind != K_WORD)
		return 0;
	c = (unsigned char)C.s[t->off];
	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && t->len > 1 &&
	    (unsigned char)C.s[t->off + 1] < 0x9F);
}

/* A lowercase word in -ed: a past form (or a participle). */
static int
ised(const struct tok *t)
{
	return t->kind == K_WORD && t->len > 4 && C.s[t->off + t->len - 1] ==
	    'd' && C.s[t->off + t->len - 2] == 'e' && !iscap(t) &&
	    !(t->mask & 1u << LX_INNER);	/* indeed */
}

static const struct tok *
T(size_t i)
{
	static const struct tok none;

	return i < C.nt ? &C.t[i] : &none;
}

static int
ispunct_(size_t i, int c)
{
	return T(i)->kind == K_PUNCT && T(i)->c == c;
}

/* The word at i is w (lowercase ASCII). */
static int
isword(size_t i, const char *w)
{
	const struct tok *t = T(i);
	size_t k;

	if (t->kind != K_WORD || t->len != strlen(w))
		return 0;
	for (k = 0; k < t->len; k++)
		if ((C.s[t->off + k] | 32) != w[k])
			return 0;
	return 1;
}

/*
 * The rest w of a phrase (" than", after its first word) matches the
 * words after token i: the number of tokens with the first, or 0.
 */
static size_t
phrase(size_t i, const char *w)
{
	const struct tok *t;
	size_t k, j;

	for (k = 1; *w == ' '; k++) {
		w++;
		t = T(i + k);
		if (t->kind != K_WORD)
			return 0;
		for (j = 0; j < t->len; j++, w++)
			if (((unsigned char)C.s[t->off + j] | 0x20) !=
			    (unsigned char)*w)
				return 0;
		if (*w != ' ' && *w != '\0')
			return 0;
	}
	return k;
}

/* The longest entry of class cls at token i: its tokens, or 0. */
static size_t
lxslow(size_t i, int cls, const struct lexent **ep)
{
	const struct lexent *const *e = C.t[i].lx;
	size_t n;

	for (; *e != NULL; e++) {
		if ((*e)->cls != cls)
			continue;
		if (((*e)->flags & LXF_CAP) && !iscap(&C.t[i]))
			continue;
		if (((*e)->flags & LXF_THE) && (i == 0 ||
		    !(C.t[i - 1].mask & 1u << LX_THE)))
			continue;
		/* The first word matched already. */
		if ((n = phrase(i, (*e)->words + C.t[i].len)) > 0) {
			if (ep != NULL)
				*ep = *e;
			return n;
		}
	}
	return 0;
}

static inline size_t
lx(size_t i, int cls, const struct lexent **ep)
{
	if (i >= C.nt || !(C.t[i].mask & 1u << cls))
		return 0;
	return lxslow(i, cls, ep);
}

static int
lxval(size_t i, int cls)
{
	const struct lexent *e;

	return lx(i, cls, &e) ? e->val : 0;
}

/* A plain number token of at most maxdig digits: its value, else -1. */
static int
plain(size_t i, int maxdig)
{
	const struct tok *t = T(i);

	if (t->kind != K_NUM || t->np != 1 || NP(t)->dig[0] > maxdig)
		return -1;
	return NP(t)->part[0];
}

/* A count: digits or words (twenty-five); value (-1 vague) and tokens. */
static size_t
count(size_t i, int *v)
{
	const struct lexent *e;
	size_t n;
	int u;

	if ((u = plain(i, 6)) >= 0) {
		*v = u;
		return 1;
	}
	/* 2,000 */
	if (T(i)->kind == K_NUM && T(i)->np == 2 && NP(T(i))->sep[1] == ',' &&
	    NP(T(i))->dig[1] == 3 && NP(T(i))->dig[0] <= 3) {
		*v = NP(T(i))->part[0] * 1000 + NP(T(i))->part[1];
		return 1;
	}
	if ((n = lx(i, LX_NUM, &e)) == 0)
		return 0;
	*v = e->val;
	/* Compounds: twenty-five, twenty five. */
	if (n == 1 && e->val >= 20 && e->val % 10 == 0) {
		size_t j = i + 1 + (ispunct_(i + 1, '-') && !T(i + 2)->sp);

		if ((u = lxval(j, LX_NUM)) > 0 && u < 10 && j < C.nt) {
			*v += u;
			return j + 1 - i;
		}
	}
	return n;
}

/* A day of the month (1-31), with st/nd/rd/th: its tokens, or 0. */
static size_t
day(size_t i, int *d)
{
	const struct tok *t = T(i);
	int v = plain(i, 2);

	if (t->kind == K_NUM && t->np == 2 && NP(t)->sep[1] == '-' &&
	    NP(t)->dig[0] <= 2 && NP(t)->dig[1] <= 2 && NP(t)->part[0] < NP(t)->part[1] &&
	    NP(t)->part[1] <= 31)
		v = NP(t)->part[0];	/* the first day of 26-28 */

	if (v < 1 || v > 31)
		return 0;
	*d = v;
	if (T(i + 1)->kind == K_WORD && !T(i + 1)->sp &&
	    (isword(i + 1, "st") || isword(i + 1, "nd") || isword(i + 1, "rd") ||
	    isword(i + 1, "th")))
		return 2;
	return 1;
}

/* A four-digit year that no letter or digit is glued to. */
static int
year4(size_t i)
{
	int v = plain(i, 4);

	if (v < 1000 || NP(T(i))->dig[0] != 4 || v > 2199)
		return -1;
	if (T(i + 1)->kind == K_WORD && !T(i + 1)->sp)
		return -1;
	return v;
}

/* Sentence boundaries: . ! ? ; and line ends, but not the dot of Feb. */
static int
boundary(size_t i)
{
	const struct tok *t = T(i), *p;

	if (t->kind == K_NL)
		return 1;
	if (t->kind != K_PUNCT)
		return 0;
	if (t->c == '!' || t->c == '?' || t->c == ';')
		return 1;
	if (t->c != '.' || i == 0)
		return 0;
	p = &C.t[i - 1];
	if (p->kind == K_WORD && p->len <= 4 && iscap(p) && lx(i - 1,
	    LX_MONABBR, NULL))
		return 0;
	return !(p->kind == K_WORD && p->len <= 2 && !t->sp);
}

static int
tensemark(size_t i)
{
	const struct tok *t = T(i);

	if (t->kind != K_WORD)
		return 0;
	if (lx(i, LX_FUT, NULL))
		return 1;
	if (lx(i, LX_PAST, NULL) || ised(t))
		return -1;
	return 0;
}

/*
 * The tense of the clause around tokens [i, j): the nearest marker before
 * it in its sentence ("met the union on Monday and will meet ..."), else
 * the nearest after it ("On Monday, the council will vote").
 */
static int
tense(size_t i, size_t j)
{
	size_t k;
	int v;

	for (k = 1; k <= 40 && k <= i && !boundary(i - k); k++)
		if ((v = tensemark(i - k)) != 0)
			return v;
	for (k = j; k < j + 40 && k < C.nt && !boundary(k); k++)
		if ((v = tensemark(k)) != 0)
			return v;
	return 0;
}

/* Write v zero-padded to width digits (more if it needs them) at p. */
static char *
pnum(char *p, int v, int width)
{
	char d[12];
	int k = 0;

	if (v < 0)
		v = 0;
	do
		d[k++] = '0' + v % 10;
	while ((v /= 10) > 0 && k < 11);
	while (width-- > k)
		*p++ = '0';
	while (k > 0)
		*p++ = d[--k];
	return p;
}

/* YYYY, YYYY-MM or YYYY-MM-DD (m or d < 0: left out) without printf. */
static void
putymd(char *v, int y, int m, int d)
{
	v = pnum(v, y, 4);
	if (m > 0) {
		*v++ = '-';
		v = pnum(v, m, 2);
		if (d > 0) {
			*v++ = '-';
			v = pnum(v, d, 2);
		}
	}
	*v = '\0';
}

/* Rules: each matches at token i and returns the token after, or 0. */

static void
mtinit(struct mt *m, int type, int kind)
{
	memset(m, 0, sizeof(*m));
	m->type = type;
	m->kind = kind;
	m->y = m->m = m->d = m->hh = -1;
}

/* Words before a month that make "May" and "March" a date. */
static int
monthcue(size_t i)
{
	static const char *const cue[] = { "in", "since", "until", "till",
	    "by", "of", "last", "next", "this", "early", "late", "mid",
	    "during", "from", "through", "to", "before", "after", "between",
	    "and", "or", "end", "on", "that", "each", "every", NULL };
	size_t k;

	if (i == 0)
		return 0;
	for (k = 0; cue[k] != NULL; k++)
		if (isword(i - 1, cue[k]))
			return 1;
	return ispunct_(i - 1, '-');
}

/* A month name: its tokens (with the dot of Feb.), or 0. */
static size_t
month(size_t i, int *mo, int needday)
{
	const struct lexent *e;
	size_t n;
	int d;

	if ((n = lx(i, LX_MONTH, &e)) > 0) {
		*mo = e->val;
		if ((e->flags & LXF_AMBIG) && needday && !day(i + n, &d) &&
		    year4(i + n) < 0 && (!monthcue(i) || iscap(T(i + n))))
			return 0;	/* may, April Ryan */
		return n;
	}
	if ((n = lx(i, LX_MONABBR, &e)) > 0) {
		*mo = e->val;
		if (ispunct_(i + n, '.') && !T(i + n)->sp)
			n++;
		else if (!day(i + n, &d))
			return 0;
		return n;
	}
	return 0;
}

/* The end of a range: 26-28, "26 to 28", "26 and 28" after a month. */
static int
rangeday(size_t i, struct mt *r)
{
	const struct tok *t = T(i);

	if (t->kind == K_NUM && t->np == 2 && NP(t)->sep[1] == '-' &&
	    NP(t)->dig[0] <= 2 && NP(t)->dig[1] <= 2 && NP(t)->part[0] >= 1 &&
	    NP(t)->part[1] <= 31 && NP(t)->part[0] < NP(t)->part[1]) {
		r->off = NP(t)->poff[1];
		r->end = t->off + t->len;
		r->d = NP(t)->part[1];
		return 1;
	}
	return 0;
}

/* [WEEKDAY [,]] MONTH DAY [[,] YEAR] and DAY [of] MONTH [[,] YEAR]. */
static size_t
r_monthday(size_t i, struct mt *m, struct mt *m2)
{
	size_t j = i, k, n;
	size_t mend = 0;
	int mo, mo2, d = -1, d2, y = -1, wd = 0, lead = 0;

	if ((n = lx(j, LX_WDAY, NULL)) > 0) {
		wd = lxval(j, LX_WDAY);
		j += n + ispunct_(j + n, ',');
		lead = 1;
	}
	if (lx(j, LX_THE, NULL))
		j++;
	if ((n = month(j, &mo, 1)) > 0 && (k = day(j + n, &d)) > 0) {
		j += n + k;
	} else if ((k = day(j, &d)) > 0) {
		j += k + (ispunct_(j + k, '.') && !T(j + k)->sp);
		j += lx(j, LX_OF, NULL);
		if ((n = month(j, &mo, 0)) == 0)
			return 0;
		j += n;
	} else if (!lead && (n = month(i, &mo, 1)) > 0) {
		/* A month alone or with its year: December, May 2019. */
		j = i + n;
		k = j + (ispunct_(j, ',') || lx(j, LX_OF, NULL));
		if ((y = year4(k)) > 0)
			j = k + 1;
		mtinit(m, TX_DATE, R_YMD);
		m->y = y, m->m = mo;
		m->full = y > 0;
		return j;
	} else
		return 0;
	m2->kind = 0;
	if (rangeday(j - 1, m2))
		mend = NP(T(j - 1))->poff[0] + NP(T(j - 1))->dig[0];
	else if (lx(j, LX_TO, NULL) && (k = day(j + 1, &d2)) > 0 &&
	    d2 > d && !month(j + 1 + k, &mo2, 0) && year4(j + 1) < 0) {
		/* Jan. 26 to 28: the second end is a record of its own */
		m2->off = T(j + 1)->off;
		m2->end = T(j + k)->off + T(j + k)->len;
		m2->d = d2;
		mend = T(j - 1)->off + T(j - 1)->len;
		j += 1 + k;
	}
	k = j + (ispunct_(j, ',') || lx(j, LX_OF, NULL));
	if ((y = year4(k)) > 0 && mend == 0)
		j = k + 1;
	mtinit(m, TX_DATE, R_YMD);
	m->y = y, m->m = mo, m->d = d, m->wd = wd;
	m->full = 1;
	m->end = mend;
	if (m2->d > 0) {
		int d2 = m2->d;
		size_t o = m2->off, e = m2->end;

		mtinit(m2, TX_DATE, R_YMD);
		m2->y = y, m2->m = mo, m2->d = d2, m2->off = o, m2->end = e;
		m2->full = 1;
		m2->kind = R_YMD;
	}
	return j;
}

/* 2022-01-26, 1/26/2022, 26.01.2022, and year ranges 2014-2019, 1990-91. */
static size_t
r_numeric(size_t i, struct mt *m, struct mt *m2)
{
	const struct tok *t = T(i);
	int a, b, c, y, mo, d;

	if (t->kind != K_NUM || t->np < 2 || (T(i + 1)->kind == K_WORD &&
	    !T(i + 1)->sp) || (i > 0 && (ispunct_(i - 1, '$') ||
	    ispunct_(i - 1, '-'))) || ispunct_(i + 1, '%'))
		return 0;
	a = NP(t)->part[0], b = NP(t)->part[1], c = NP(t)->part[2];
	mtinit(m, TX_DATE, R_YMD);
	if (t->np == 3) {
		if (NP(t)->sep[1] == '-' && NP(t)->sep[2] == '-' && NP(t)->dig[0] == 4)
			y = a, mo = b, d = c;
		else if (NP(t)->sep[1] == '/' && NP(t)->sep[2] == '/' &&
		    (NP(t)->dig[2] == 4 || NP(t)->dig[2] == 2)) {
			y = NP(t)->dig[2] == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
			/* 1/26/2022 in English; 26/1/2022 elsewhere, or when
			 * the first is no month */
			if (C.lang != 0 || a > 12)
				mo = b, d = a;
			else
				mo = a, d = b;
		} else if (NP(t)->sep[1] == '.' && NP(t)->sep[2] == '.' &&
		    NP(t)->dig[2] == 4)
			y = c, mo = b, d = a;
		else
			return 0;
		if (!cal_valid(y, mo, d))
			return 0;
		m->y = y, m->m = mo, m->d = d, m->full = 1;
		return i + 1;
	}
	if (t->np != 2 || NP(t)->sep[1] != '-' || NP(t)->dig[0] != 4 || a < 1000 ||
	    a > 2199)
		return 0;
	if (NP(t)->dig[1] == 4 && b > a && b < 2200)
		y = b;
	else if (NP(t)->dig[1] == 2 && b > a % 100)
		y = a / 100 * 100 + b;
	else
		return 0;
	m->y = a;
	m->end = NP(t)->poff[1] - 1;
	mtinit(m2, TX_DATE, R_YMD);
	m2->y = y;
	m2->off = NP(t)->poff[1];
	m2->end = t->off + t->len;
	return i + 1;
}

/* A year: 2019, (1999); decades: the 1990s, the '90s. */
static size_t
r_year(size_t i, struct mt *m)
{
	const struct tok *t;
	size_t j = i, k;
	int y, the = 0;

	if (lx(j, LX_THE, NULL))
		j++, the = 1;
	if (the && (y = lxval(j, LX_DECADE)) > 0) {
		mtinit(m, TX_DATE, R_DECADE);
		m->y = 190 + y;	/* the sixties: the 1960s */
		return j + 1;
	}
	if (ispunct_(j, '\'') && (y = plain(j + 1, 2)) >= 0 &&
	    NP(T(j + 1))->dig[0] == 2 && y % 10 == 0 && isword(j + 2, "s") &&
	    !T(j + 2)->sp) {
		mtinit(m, TX_DATE, R_DECADE);
		m->y = (y < 30 ? 200 : 190) + y / 10;
		return j + 3;
	}
	/* FY2022, FY22 */
	if (!the && isword(j, "fy") && !T(j + 1)->sp && T(j + 1)->kind ==
	    K_NUM && T(j + 1)->np == 1 && (NP(T(j + 1))->dig[0] == 2 ||
	    NP(T(j + 1))->dig[0] == 4)) {
		y = NP(T(j + 1))->part[0];
		if (y < 100)
			y += y < 50 ? 2000 : 1900;
		mtinit(m, TX_DATE, R_LIT);
		memcpy(m->lit, "FY", 2);
		putymd(m->lit + 2, y, -1, -1);
		return j + 2;
	}
	if (!the && isword(j, "fiscal")) {
		k = j + 1 + isword(j + 1, "year");
		if ((y = year4(k)) < 0)
			return 0;
		mtinit(m, TX_DATE, R_LIT);
		memcpy(m->lit, "FY", 2);
		putymd(m->lit + 2, y, -1, -1);
		return k + 1;
	}
	t = T(j);
	y = plain(j, 4);
	if (y >= 1000 && y < 2200 && NP(t)->dig[0] == 4 && isword(j + 1, "s") &&
	    !T(j + 1)->sp && y % 10 == 0) {
		mtinit(m, TX_DATE, R_DECADE);
		m->y = y / 10;
		return j + 2;
	}
	/* the 1990's (not "1990's budget" alone) */
	if (y >= 1000 && y < 2200 && y % 10 == 0 && (the || (i > 0 &&
	    lx(i - 1, LX_EDGE, NULL))) && ispunct_(j + 1, '\'') &&
	    !T(j + 1)->sp && isword(j + 2, "s") && !T(j + 2)->sp) {
		mtinit(m, TX_DATE, R_DECADE);
		m->y = y / 10;
		return j + 3;
	}
	if (the && isword(j, "year") && (y = year4(j + 1)) > 0) {
		mtinit(m, TX_DATE, R_YMD);	/* the year 2000 */
		m->y = y;
		return j + 2;
	}
	if (the || (y = year4(j)) < 0)
		return 0;
	/* 1000 is more often a number than a year: old years need "in 1066". */
	if (y < 1800 && !(j > 0 && (isword(j - 1, "in") ||
	    isword(j - 1, "since") || isword(j - 1, "from") ||
	    isword(j - 1, "of") || isword(j - 1, "until") ||
	    isword(j - 1, "by") || isword(j - 1, "before") ||
	    isword(j - 1, "after") || (ispunct_(j - 1, '(') &&
	    ispunct_(j + 1, ')')))))
		return 0;
	/* Not an amount: $2000, 2000 people, 1999 troops. */
	if (j > 0 && !t->sp && (ispunct_(j - 1, '$') || ispunct_(j - 1, '#')
	    || (ispunct_(j - 1, '-') && j > 1 && T(j - 2)->kind == K_NUM)))
		return 0;
	if (ispunct_(j + 1, '%') || lx(j + 1, LX_NOTYEAR, NULL) ||
	    lx(j + 1, LX_UNITS, NULL) || lx(j + 1, LX_UNIT, NULL))
		return 0;
	if (T(j + 1)->kind == K_WORD && !iscap(T(j + 1)) && T(j + 1)->len > 3 &&
	    C.s[T(j + 1)->off + T(j + 1)->len - 1] == 's' &&
	    C.s[T(j + 1)->off + T(j + 1)->len - 2] != 's' &&
	    !(j > 0 && lx(j - 1, LX_THE, NULL)) && !isword(j + 1, "was") &&
	    !isword(j + 1, "this") && !isword(j + 1, "thus"))
		return 0;
	/* Codes and numbers: 2010-A, 555-2019, Room 2019, flight 1997. */
	if (ispunct_(j + 1, '-') && !T(j + 1)->sp && !T(j + 2)->sp &&
	    T(j + 2)->kind != K_NL && j + 2 < C.nt)
		return 0;
	if (j > 0 && (lx(j - 1, LX_NOTYEAR, NULL) || (ispunct_(j - 1, '.') &&
	    j > 1 && lx(j - 2, LX_NOTYEAR, NULL))))
		return 0;	/* Room 2019, No. 1999 */
	mtinit(m, TX_DATE, R_YMD);
	m->y = y;
	return j + 1;
}

/* Part of the day after a day word: Tuesday night, yesterday morning. */
static size_t
daypart(size_t i, struct mt *m)
{
	int v;

	if ((v = lxval(i, LX_PART)) > 0) {
		m->part = v;
		m->type = TX_TIME;
		return 1;
	}
	return 0;
}

/* [last|next|this] WEEKDAY [PART]; Mondays (a set). */
static size_t
r_weekday(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t j = i;
	int rel = 0;

	if (lx(j, LX_WDAYS, &e)) {
		mtinit(m, TX_SET, R_LIT);
		memcpy(m->lit, "XXXX-WXX-0", 11);
		m->lit[9] += e->val;
		return j + 1;
	}
	if (lx(j, LX_REL, &e) && (e->val == R_LAST || e->val == R_NEXT ||
	    e->val == R_THIS || e->val == R_COMING || e->val == R_PAST))
		rel = e->val, j++;
	if (!lx(j, LX_WDAY, &e))
		return 0;
	mtinit(m, TX_DATE, R_WDAY);
	m->wd = e->val;
	m->rel = rel;
	j++;
	return j + daypart(j, m);
}

/* today, yesterday morning, now, right now, recently, tonight ... */
static size_t
r_deictic(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t n, j;
	int the = lx(i, LX_THE, NULL) > 0;

	if ((n = lx(i + the, LX_DEICT, &e)) > 0 && (the ==
	    ((e->flags & LXF_THE) != 0))) {
		j = i + the + n;
		if (e->val == D_NOW || e->val == D_PAST || e->val == D_FUTURE) {
			if (T(j)->kind == K_PUNCT && T(j)->c == '-' && !T(j)->sp)
				return 0;	/* now-defunct */
			if (e->val == D_PAST && (lx(j, LX_UNIT, NULL) ||
			    lx(j, LX_UNITS, NULL) || lx(j, LX_NUM, NULL)))
				return 0;
			mtinit(m, TX_DATE, R_LIT);
			strcpy(m->lit, e->val == D_NOW ? "PRESENT_REF" :
			    e->val == D_PAST ? "PAST_REF" : "FUTURE_REF");
			return j;
		}
		mtinit(m, TX_DATE, R_TODAY);
		m->n = e->val == D_YESTERDAY ? -1 : e->val == D_TOMORROW;
		if (e->val == D_TONIGHT)
			m->part = S_NI, m->type = TX_TIME;
		/* "being discussed today": at present, not that day. */
		if (e->val == D_TODAY && i >= 2 && ised(T(i - 1)) &&
		    lx(i - 2, LX_BE, NULL)) {
			m->kind = R_LIT;
			strcpy(m->lit, "PRESENT_REF");
		}
		return j + daypart(j, m);
	}
	/* this morning, last night */
	if (lx(i, LX_REL, &e) && (e->val == R_THIS || e->val == R_LAST) &&
	    lxval(i + 1, LX_PART) > 0) {
		mtinit(m, TX_TIME, R_TODAY);
		m->n = e->val == R_LAST ? -1 : 0;
		m->part = lxval(i + 1, LX_PART);
		return i + 2;
	}
	return 0;
}

/* A unit, singular or plural: U_* and whether plural, or 0. */
static int
unit(size_t i, int *plural)
{
	int v;

	if ((v = lxval(i, LX_UNIT)) > 0) {
		*plural = 0;
		return v;
	}
	if ((v = lxval(i, LX_UNITS)) > 0) {
		*plural = 1;
		return v;
	}
	return 0;
}

/* The value of a duration of n units (n < 0: unstated), as P5W or PT24H. */
static void
duration(struct mt *m, int n, int u)
{
	char num[12], *p = m->lit;
	int k = 0;

	mtinit(m, TX_DURATION, R_LIT);
	if (u == U_QUARTER) {
		u = U_MONTH;	/* TIMEX3 has no quarter unit: P3M */
		n = n < 0 ? n : n * 3;
	}
	if (n < 0)
		num[k++] = 'X';
	else
		do
			num[k++] = '0' + n % 10;
		while ((n /= 10) > 0 && k < 7);
	*p++ = 'P';
	if (u <= U_HOUR)
		*p++ = 'T';
	while (k > 0)
		*p++ = num[--k];
	if (u == U_DECADE || u == U_CENTURY || u == U_WEEKEND) {
		*p++ = u == U_WEEKEND ? 'W' : u == U_DECADE ? 'D' : 'C';
		*p++ = 'E';
	} else
		*p++ = unitch[u];
	*p = '\0';
}

/*
 * [the] REL UNIT (last week, the previous week, this year), [the] REL
 * COUNT UNITS (the past five years: a duration), recent weeks, that same
 * day, the next day.
 */
static size_t
r_relative(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t j = i, n;
	int the = 0, rel, u, pl, v = 1, s;

	if (lx(j, LX_THE, NULL))
		j++, the = 1;
	if ((n = lx(j, LX_THAT, NULL)) > 0) {
		j += n;
		if ((u = unit(j, &pl)) > 0 && !pl && u != U_QUARTER) {
			mtinit(m, TX_DATE, R_ANCHOR);
			m->unit = u;
			return j + 1;
		}
		if ((u = lxval(j, LX_PART)) > 0) {
			mtinit(m, TX_TIME, R_ANCHOR);	/* that night */
			m->unit = U_DAY, m->part = u;
			return j + 1;
		}
		return 0;
	}
	if (!lx(j, LX_REL, &e)) {
		/* over the weekend: the one before, or after in a future clause */
		if (the && lxval(j, LX_UNIT) == U_WEEKEND) {
			mtinit(m, TX_DATE, R_WEEKEND);
			return j + 1;
		}
		/* the end of the year */
		if (the && C.edge && (u = unit(j, &pl)) > 0 && !pl &&
		    u >= U_WEEK) {
			mtinit(m, TX_DATE, R_RELU);
			m->unit = u, m->rel = R_THIS;
			return j + 1;
		}
		return 0;
	}
	rel = e->val;
	j++;
	if (rel == R_THIS && lxval(j, LX_REL) == R_PAST)
		rel = R_LAST, j++;	/* this past week */
	if ((s = lxval(j, LX_SEASON)) > 0) {
		mtinit(m, TX_DATE, R_SEASON);
		m->part = s, m->rel = rel;
		return j + 1;
	}
	if ((n = month(j, &v, 0)) > 0 && rel != R_PAST) {
		mtinit(m, TX_DATE, R_YMD);
		m->m = v, m->rel = rel;
		return j + n;
	}
	v = 1;
	if ((n = count(j, &v)) > 0 && (lx(j, LX_NUM, NULL) == 0 ||
	    lxval(j, LX_NUM) != 1))
		j += n;
	else
		n = 0;
	if ((u = unit(j, &pl)) == 0)
		return 0;
	if (n > 0 || pl) {
		/* the past five years, recent weeks, the coming days */
		if (!pl && v != 1)
			return 0;
		if (!the && rel == R_LAST && n > 0)
			return 0;	/* "will last two weeks": a verb */
		duration(m, n > 0 ? v : -1, u);
		return j + 1;
	}
	if (pl)
		return 0;
	if (u == U_DAY) {
		/* the next day, the previous day */
		if (rel != R_NEXT && rel != R_FOLLOWING && rel != R_PREV)
			return 0;
		mtinit(m, TX_DATE, R_ANCHOR);
		m->unit = U_DAY, m->n = rel == R_PREV ? -1 : 1;
		return j + 1;
	}
	if (the && (rel == R_PAST || rel == R_LAST || (rel == R_NEXT &&
	    u != U_WEEKEND))) {
		duration(m, 1, u);
		return j + 1;
	}
	if (!the && rel == R_PAST) {
		duration(m, 1, u);
		return j + 1;
	}
	mtinit(m, TX_DATE, R_RELU);
	m->unit = u, m->rel = rel;
	if (rel == R_FOLLOWING)
		m->kind = R_ANCHOR, m->n = 1;
	return j + 1;
}

/*
 * COUNT UNIT(S) [ago|later|earlier]: five weeks, 24 hours, two decades
 * ago; bare plurals (days, weeks) are vague durations; five-year.
 */
static size_t
r_duration(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t j = i, n;
	int v = -1, u, pl;

	/* the first nine months */
	if (lx(j, LX_THE, NULL) && lxval(j + 1, LX_ORD) == 1 &&
	    count(j + 2, &v) > 0)
		j += 2;
	/* half an hour, half a day, half a year */
	if (isword(j, "half") && lxval(j + 1, LX_NUM) == 1 &&
	    (u = lxval(j + 2, LX_UNIT)) > 0 && (u == U_HOUR || u == U_DAY ||
	    u == U_YEAR)) {
		duration(m, u == U_HOUR ? 30 : u == U_DAY ? 12 : 6,
		    u == U_HOUR ? U_MIN : u == U_DAY ? U_HOUR : U_MONTH);
		return j + 3;
	}
	/* year-earlier, year-ago: the year before; year-end */
	if ((u = lxval(j, LX_UNIT)) >= U_WEEK && ispunct_(j + 1, '-') &&
	    !T(j + 1)->sp && (isword(j + 2, "earlier") || isword(j + 2, "ago") ||
	    isword(j + 2, "end"))) {
		mtinit(m, TX_DATE, R_RELU);
		m->unit = u, m->rel = isword(j + 2, "end") ? R_THIS : R_LAST;
		m->mod = m->rel == R_THIS ? M_END : 0;
		return j + 3;
	}
	if ((n = count(j, &v)) > 0) {
		j += n;
		if (ispunct_(j, '-') && !T(j)->sp && !T(j + 1)->sp) {
			if (lxval(j - 1, LX_NUM) == 1 && (isword(j - 1, "a") ||
			    isword(j - 1, "an")))
				return 0;	/* once-in-a-century */
			j++;	/* five-year, 24-hour */
		}
	}
	if ((u = unit(j, &pl)) == 0)
		return 0;
	if (n == 0 && !pl)
		return 0;
	if (n > 0 && v == 1 && pl)
		return 0;
	if ((u == U_SEC || u == U_QUARTER) && (n == 0 || isword(i, "a")))
		return 0;	/* "a second term", "a quarter of" */
	j++;
	if (n == 0 && isword(j, "ago")) {
		/* years ago */
		mtinit(m, TX_DATE, R_LIT);
		strcpy(m->lit, "PAST_REF");
		return j + 1;
	}
	if (lx(j, LX_AGO, &e) && n > 0 && !(isword(j, "after")) &&
	    !isword(j, "before")) {
		mtinit(m, TX_DATE, isword(j, "ago") || isword(j, "from") ?
		    R_AGO : R_ANCHOR);
		m->unit = u;
		m->n = e->val * (v < 0 ? 1 : v);
		if (v < 0)
			m->kind = R_LIT, strcpy(m->lit, e->val < 0 ?
			    "PAST_REF" : "FUTURE_REF");
		return j + lx(j, LX_AGO, NULL);
	}
	/* $900 million a year, 5 percent a month: a rate, a set */
	if (n > 0 && v == 1 && !pl && (isword(i, "a") || isword(i, "an") ||
	    isword(i, "per")) && i > 0 && (T(i - 1)->kind == K_NUM ||
	    ispunct_(i - 1, '%') || isword(i - 1, "million") ||
	    isword(i - 1, "billion") || isword(i - 1, "percent") ||
	    isword(i - 1, "cents") || isword(i - 1, "dollars"))) {
		duration(m, 1, u);
		m->type = TX_SET;
		return j;
	}
	duration(m, v, u);
	return j;
}

/* every [COUNT] UNIT, every Monday, daily, annually, twice a year. */
static size_t
r_set(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t j = i, n;
	int v = 1, u, pl;

	if (lx(j, LX_SET, &e) && !(iscap(T(j)) && (iscap(T(j + 1)) ||
	    (j > 0 && T(j - 1)->kind == K_WORD)))) {
		/* daily, but not the Daily Courier or LA Weekly */
		mtinit(m, TX_SET, R_LIT);
		duration(m, 1, e->val);
		m->type = TX_SET;
		return j + 1;
	}
	if (isword(j, "once") || isword(j, "twice")) {
		j++;
		if (!isword(j, "a") && !isword(j, "per") && !isword(j, "every"))
			return 0;
		j++;
	} else if (lx(j, LX_EVERY, NULL)) {
		j++;
		if (isword(j, "other"))
			v = 2, j++;
		else if ((n = count(j, &v)) > 0 && v > 1)
			j += n;
	} else
		return 0;
	if (lx(j, LX_WDAY, &e)) {
		mtinit(m, TX_SET, R_LIT);
		snprintf(m->lit, sizeof(m->lit), "XXXX-WXX-%d", e->val);
		return j + 1;
	}
	if ((u = lxval(j, LX_PART)) > 0) {
		mtinit(m, TX_SET, R_LIT);
		snprintf(m->lit, sizeof(m->lit), "XXXX-XX-XXT%s", partname[u]);
		return j + 1;
	}
	if ((u = unit(j, &pl)) == 0)
		return 0;
	duration(m, v, u);
	m->type = TX_SET;
	return j + 1;
}

/* [the] first quarter [of 2022], Q1 2022, the first half, third-quarter. */
static size_t
r_quarter(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t j = i;
	int q = 0, half = 0, y;

	if (lx(j, LX_THE, NULL))
		j++;
	if (isword(j, "q") && iscap(T(j)) && !T(j + 1)->sp &&
	    (q = plain(j + 1, 1)) >= 1 && q <= 4)
		j += 2;
	else if ((q = lxval(j, LX_ORD)) >= 1 && q <= 4) {
		j++;
		if (ispunct_(j, '-') && !T(j)->sp)
			j++;
		if (isword(j, "half") && q <= 2)
			half = 1;
		else if (!isword(j, "quarter"))
			return 0;
		j++;
	} else
		return 0;
	mtinit(m, TX_DATE, R_QUARTER);
	m->n = q, m->unit = half ? U_MONTH : U_QUARTER;
	if (lx(j, LX_OF, NULL) && (y = year4(j + 1)) > 0)
		m->y = y, j += 2;
	else if ((y = year4(j)) > 0)
		m->y = y, j++;
	else if (lx(j, LX_OF, NULL) && lx(j + 1, LX_REL, &e) &&
	    lxval(j + 2, LX_UNIT) == U_YEAR) {
		/* of next year, of this year, of last year */
		m->rel = e->val == R_THIS ? R_THIS :
		    e->val == R_NEXT || e->val == R_COMING ? R_NEXT : R_LAST;
		j += 3;
	}
	return j;
}

/* [the] ORD century; SEASON [of] YEAR; the spring. */
static size_t
r_season(size_t i, struct mt *m)
{
	size_t j = i, k;
	int the = 0, s, y, c;

	if (lx(j, LX_THE, NULL))
		j++, the = 1;
	if (((c = lxval(j, LX_ORD)) > 0 || ((c = plain(j, 2)) > 0 &&
	    T(j + 1)->kind == K_WORD && !T(j + 1)->sp && (j++, 1))) &&
	    (isword(j + 1, "century"))) {
		mtinit(m, TX_DATE, R_CENTURY);
		m->y = c - 1;
		return j + 2;
	}
	if ((s = lxval(j, LX_SEASON)) == 0)
		return 0;
	mtinit(m, TX_DATE, R_SEASON);
	m->part = s;
	k = j + 1 + lx(j + 1, LX_OF, NULL);
	if ((y = year4(k)) > 0) {
		m->y = y;
		return k + 1;
	}
	/* the fall, but not the fall of the empire */
	if (!the || (s == S_FA && (lx(j + 1, LX_OF, NULL) ||
	    isword(j + 1, "in"))))
		return 0;
	return j + 1;
}

/* Christmas, Thanksgiving 2021: a day of the month, or its n-th weekday. */
static size_t
r_holiday(size_t i, struct mt *m)
{
	const struct lexent *e;
	size_t n;
	int y;

	if ((n = lx(i, LX_HOLIDAY, &e)) == 0)
		return 0;
	mtinit(m, TX_DATE, R_YMD);
	m->m = e->val;
	m->d = e->day > 0 ? e->day : 0;
	m->wd = e->day < 0 ? e->day : 0;	/* resolved with the year */
	if ((y = year4(i + n)) > 0)
		m->y = y, n++;
	return i + n;
}

/* 10:30 a.m. EST, 10 p.m., noon, midnight. */
static size_t
r_clock(size_t i, struct mt *m)
{
	const struct lexent *e;
	const struct tok *t = T(i);
	size_t j = i + 1;
	int h, mi = 0, ampm = 0, v;

	if ((v = lxval(i, LX_CLOCK)) > 0) {
		mtinit(m, TX_TIME, R_CLOCK);
		m->hh = v, m->mm = 0;
		if (lx(j, LX_WDAY, &e))	/* midnight Tuesday */
			m->wd = e->val, j++;
		return j;
	}
	/* 0800 GMT */
	if (t->kind == K_NUM && t->np == 1 && NP(t)->dig[0] == 4 &&
	    lx(j, LX_TZ, NULL) && T(j)->len > 1 &&
	    C.s[T(j)->off + 1] >= 'A' && C.s[T(j)->off + 1] <= 'Z' &&
	    NP(t)->part[0] / 100 < 24 && NP(t)->part[0] % 100 < 60) {
		mtinit(m, TX_TIME, R_CLOCK);
		m->hh = NP(t)->part[0] / 100, m->mm = NP(t)->part[0] % 100;
		return j + 1;
	}
	if (t->kind != K_NUM || (t->np != 1 && !(t->np == 2 &&
	    NP(t)->sep[1] == ':' && NP(t)->dig[1] == 2)) || NP(t)->dig[0] > 2)
		return 0;
	h = NP(t)->part[0];
	if (t->np == 2)
		mi = NP(t)->part[1];
	if (h > 24 || mi > 59)
		return 0;
	if ((isword(j, "a") || isword(j, "p")) && ispunct_(j + 1, '.') &&
	    isword(j + 2, "m")) {
		ampm = isword(j, "p") ? 2 : 1;
		j += 3 + (ispunct_(j + 3, '.') && !T(j + 3)->sp);
	} else if (isword(j, "am") || isword(j, "pm")) {
		ampm = isword(j, "pm") ? 2 : 1;
		j++;
	} else if (isword(j, "o") && ispunct_(j + 1, '\'') &&
	    isword(j + 2, "clock"))
		j += 3;
	if (ampm && h > 12)
		return 0;
	if (ampm == 2 && h < 12)
		h += 12;
	else if (ampm == 1 && h == 12)
		h = 0;
	if (lx(j, LX_TZ, NULL) && C.s[T(j)->off + 1] >= 'A' &&
	    C.s[T(j)->off + 1] <= 'Z')
		j++;
	else if (ampm == 0 && j == i + 1 && !(t->np == 2 && i > 0 &&
	    (isword(i - 1, "at") || isword(i - 1, "by") ||
	    isword(i - 1, "until") || isword(i - 1, "around"))))
		return 0;	/* 3:1 is a score; at 2:30 a time */
	mtinit(m, TX_TIME, R_CLOCK);
	m->hh = h, m->mm = mi;
	/* 10 a.m. Wednesday: the time of that day */
	if (lx(j, LX_WDAY, &e)) {
		m->wd = e->val;
		j++;
	}
	return j;
}

typedef size_t (*rulefn)(size_t, struct mt *, struct mt *);

/* The rules that find one expression, in the shape of those finding two. */
#define ONE(f)							\
static size_t							\
w_##f(size_t i, struct mt *m, struct mt *m2)			\
{								\
	(void)m2;						\
	return r_##f(i, m);					\
}
ONE(holiday)
ONE(year)
ONE(weekday)
ONE(deictic)
ONE(relative)
ONE(duration)
ONE(set)
ONE(quarter)
ONE(season)
ONE(clock)

/*
 * The grammar, in the order ties are broken. Each rule is a function
 * above; its comment gives the forms it takes. A longer match wins.
 */
#define B(c)	(1u << (c))
#define B_NUMBER B(0)	/* the first token may be a number (class 0 is none) */
#define B_QUOTE	B_NUMBER /* an apostrophe ('90s) counts as one */

static const struct rule {
	const char	*form;
	rulefn		 fn;
	unsigned	 first;	/* classes the first token may have */
	unsigned	 the;	/* classes the token after "the" may have */
} rules[] = {
	{ "[WDAY [,]] MONTH DAY [[,] YEAR] | DAY [of] MONTH [YEAR]", r_monthday,
	  B(LX_WDAY) | B(LX_THE) | B(LX_MONTH) | B(LX_MONABBR) | B_NUMBER,
	  B_NUMBER },
	{ "YYYY-MM-DD | M/D/YYYY | D.M.YYYY | YYYY-YYYY", r_numeric,
	  B_NUMBER, 0 },
	{ "YEAR | the DECADEs | the sixties | fiscal YEAR", w_year,
	  B(LX_THE) | B_NUMBER | B_QUOTE | B(LX_CUE),
	  B_NUMBER | B_QUOTE | B(LX_DECADE) | B(LX_UNIT) },
	{ "[REL] WDAY [PART] | WDAYs", w_weekday,
	  B(LX_REL) | B(LX_WDAY) | B(LX_WDAYS), 0 },
	{ "today | now | recently | the past | this PART", w_deictic,
	  B(LX_DEICT) | B(LX_REL) | B(LX_THE), B(LX_DEICT) },
	{ "[the] REL [COUNT] UNIT | that [same] UNIT", w_relative,
	  B(LX_THE) | B(LX_THAT) | B(LX_REL),
	  B(LX_THAT) | B(LX_REL) | B(LX_UNIT) },
	{ "[the first] COUNT UNIT [ago|later] | UNITs | half a UNIT | "
	  "UNIT-earlier", w_duration,
	  B(LX_NUM) | B(LX_UNITS) | B_NUMBER | B(LX_THE) | B(LX_CUE) |
	  B(LX_UNIT), B(LX_ORD) },
	{ "HOLIDAY [YEAR]", w_holiday, B(LX_HOLIDAY), 0 },
	{ "every [COUNT] UNIT | daily | twice a UNIT", w_set,
	  B(LX_SET) | B(LX_EVERY) | B(LX_CUE), 0 },
	{ "[the] ORD quarter|half [[of] YEAR] | Qn", w_quarter,
	  B(LX_THE) | B(LX_ORD) | B(LX_CUE), B(LX_ORD) },
	{ "[the] ORD century | [the] SEASON [[of] YEAR]", w_season,
	  B(LX_THE) | B(LX_ORD) | B(LX_SEASON) | B_NUMBER,
	  B(LX_ORD) | B(LX_SEASON) | B_NUMBER },
	{ "H[:MM] [a.m.|p.m.] [TZ] | noon", w_clock, B(LX_CLOCK) | B_NUMBER, 0 },
};

/* The classes of token i for rules[].first: its words', number, quote. */
static unsigned
firstof(size_t i)
{
	const struct tok *t = T(i);

	return t->mask | (t->kind == K_NUM ? B_NUMBER : 0) |
	    (t->kind == K_PUNCT && t->c == '\'' ? B_QUOTE : 0);
}

/* Try every rule at i, a prefix (about, early, earlier) first. */
static size_t
matchat(size_t i, struct mt *m, struct mt *m2)
{
	const struct lexent *e;
	struct mt a, a2;
	size_t j = i, k, best = 0, r, n;
	unsigned first, second;
	int mod = 0, ago = 0;

	if ((n = lx(j, LX_MOD, &e)) > 0 && (T(j + n)->kind == K_NUM ||
	    lx(j + n, LX_NUM, NULL)))
		mod = e->val, j += n;
	else if ((n = lx(j, LX_EDGE, &e)) > 0 || (lx(j, LX_THE, NULL) &&
	    (n = lx(j + 1, LX_EDGE, &e)) > 0 && n++)) {
		/* early, mid-, the late (1990s), the end of */
		mod = e->val, j += n;
		if (ispunct_(j, '-') && !T(j)->sp)
			j++;
	} else if (lx(j, LX_AGO, &e) && (isword(j, "earlier") ||
	    isword(j, "later")) && (lx(j + 1, LX_REL, NULL) ||
	    lx(j + 1, LX_THAT, NULL) || lx(j + 1, LX_DEICT, NULL) ||
	    lx(j + 1, LX_WDAY, NULL)))
		ago = 1, j++;
	C.edge = mod >= M_START;
	first = firstof(j);
	second = first & B(LX_THE) ? firstof(j + 1) : 0;
	for (k = 0; k < sizeof(rules) / sizeof(rules[0]); k++) {
		if (!(rules[k].first & first))
			continue;
		/* A rule that takes this word only as its "the". */
		if ((rules[k].first & first) == B(LX_THE) &&
		    !(rules[k].the & second))
			continue;
		a2.kind = 0;
		a2.d = 0;
		if ((r = rules[k].fn(j, &a, &a2)) > best) {
			best = r;
			*m = a;
			*m2 = a2;
		}
	}
	C.edge = 0;
	if (best == 0)
		return 0;
	if (mod >= M_START && m->type != TX_DATE && m->type != TX_TIME)
		return 0;
	if (mod > 0 && mod < M_START && (m->type == TX_SET ||
	    m->type == TX_DATE))
		return 0;	/* "over 1000" is no date */
	if (ago && m->type != TX_DATE)
		return 0;
	if (mod != 0)
		m->mod = mod;
	m->off = T(i)->off;
	if (m->end == 0)
		m->end = T(best - 1)->off + T(best - 1)->len;
	return best;
}

/* Resolver */

struct ref {
	int	known;
	int	y, m, d;
	long	n;	/* day number */
};

/* How far from the reference a date in the paragraph may anchor weekdays. */
#define ANCHORDAYS	14

/* The day of the n-th weekday wd of a month, nw = 10 n + wd (n 5: last). */
static int
nthwday(int y, int mo, int nw)
{
	long first = cal_days(y, mo, 1), d;
	int n = nw / 10, wd = nw % 10;

	d = cal_weekday(first - 1, wd, 1) + 7L * (n - 1);
	while (d >= first + cal_mdays(y, mo))
		d -= 7;
	return (int)(d - first) + 1;
}

/* The year of a month given without one: by tense, else the nearest. */
static int
yearfor(const struct ref *r, int mo, int tn)
{
	int dy;

	if (tn < 0)
		return mo <= r->m ? r->y : r->y - 1;
	if (tn > 0)
		return mo >= r->m ? r->y : r->y + 1;
	dy = mo - r->m;
	return dy > 6 ? r->y - 1 : dy < -6 ? r->y + 1 : r->y;
}

/* The year, next to the reference's, in which m-d falls on weekday wd. */
static int
yearofwday(const struct ref *r, int mo, int d, int wd)
{
	static const int order[] = { 0, -1, 1 };
	int k, y;

	for (k = 0; k < 3; k++) {
		y = r->y + order[k];
		if (cal_valid(y, mo, d) && cal_wday(cal_days(y, mo, d)) == wd)
			return y;
	}
	return yearfor(r, mo, 0);
}

static void
putday(char *v, size_t sz, long n)
{
	int y, mo, d;

	(void)sz;
	cal_civil(n, &y, &mo, &d);
	putymd(v, y, mo, d);
}

static void
putweek(char *v, size_t sz, long n)
{
	int wy, w = cal_isoweek(n, &wy);

	snprintf(v, sz, "%04d-W%02d", wy, w);
}

/* The value of an offset of n units from day number day, at that unit. */
static void
putunit(char *v, size_t sz, long day, int u, int n)
{
	int y, mo, d, q;

	cal_civil(day, &y, &mo, &d);
	switch (u) {
	case U_DAY:
		putday(v, sz, day + n);
		break;
	case U_WEEK:
		putweek(v, sz, day + 7L * n);
		break;
	case U_WEEKEND:
		putweek(v, sz, day + 7L * n);
		strcat(v, "-WE");
		break;
	case U_MONTH:
		q = y * 12 + mo - 1 + n;
		snprintf(v, sz, "%04d-%02d", q / 12, q % 12 + 1);
		break;
	case U_QUARTER:
		q = y * 4 + (mo - 1) / 3 + n;
		snprintf(v, sz, "%04d-Q%d", q / 4, q % 4 + 1);
		break;
	case U_DECADE:
		snprintf(v, sz, "%03d", y / 10 + n);
		break;
	case U_CENTURY:
		snprintf(v, sz, "%02d", y / 100 + n);
		break;
	default:
		snprintf(v, sz, "%04d", y + n);
		break;
	}
}

/* Unknown reference: the shape of the value with X for its digits. */
static void
putunknown(char *v, size_t sz, int u)
{
	static const char *const shape[] = { "XXXX", "XXXX-XX-XXTXX:XX",
	    "XXXX-XX-XXTXX:XX", "XXXX-XX-XXTXX", "XXXX-XX-XX", "XXXX-WXX",
	    "XXXX-WXX-WE", "XXXX-XX", "XXXX-QX", "XXXX", "XXX", "XX" };

	(void)sz;
	strcpy(v, shape[u]);
}

/* The day a weekday names, by the tense of its clause. */
static long
wdayof(long anchor, int wd, int rel, int tn)
{
	if (rel == R_LAST || rel == R_PAST)
		return cal_weekday(anchor - 1, wd, -1);
	if (rel == R_NEXT || rel == R_COMING)
		return cal_weekday(anchor, wd, 1);
	/* News names the day itself by its weekday too (AP style). */
	if (tn > 0)
		return cal_weekday(anchor - 1, wd, 1);
	return cal_weekday(anchor, wd, -1);
}

/*
 * A year past 9999 (next month from --ref=9999-12-31) has no four-digit
 * form: it is written XXXX, as an unknown year is.
 */
static void
fouryear(char *v)
{
	size_t k = strspn(v, "0123456789");

	if (k > 4 && (v[k] == '\0' || v[k] == '-')) {
		memmove(v + 4, v + k, strlen(v + k) + 1);
		memcpy(v, "XXXX", 4);
	}
}

static void
resolve(struct mt *m, const struct ref *r, long *anchor, long *para,
    int *paranum, char *v, size_t sz)
{
	int y, q, cur;
	long n;

	if (m->para != *paranum)
		*para = -1, *paranum = m->para;
	v[0] = '\0';
	switch (m->kind) {
	case R_LIT:
		memcpy(v, m->lit, sizeof(m->lit));
		return;
	case R_YMD:
		y = m->y;
		if (y < 0 && m->m > 0 && r->known) {
			if (m->rel == R_LAST)
				y = m->m < r->m ? r->y : r->y - 1;
			else if (m->rel == R_NEXT)
				y = m->m > r->m ? r->y : r->y + 1;
			else if (m->wd > 0 && m->d > 0)
				y = yearofwday(r, m->m, m->d, m->wd);
			else
				y = yearfor(r, m->m, m->rel == R_THIS ? 0 :
				    m->tense);
		}
		if (m->wd < 0 && y > 0)
			m->d = nthwday(y, m->m, -m->wd);
		if (m->wd < 0 && y < 0)
			strcpy(v, "XXXX-XX-XX");
		else if (m->m < 0)
			putymd(v, y, -1, -1);
		else if (m->d < 0 && y < 0)
			*pnum(memcpy(v, "XXXX-", 5) + 5, m->m, 2) = '\0';
		else if (m->d < 0)
			putymd(v, y, m->m, -1);
		else if (y < 0)
			putymd(v, 0, m->m, m->d), memcpy(v, "XXXX", 4);
		else {
			putymd(v, y, m->m, m->d);
			if (cal_valid(y, m->m, m->d)) {
				*anchor = cal_days(y, m->m, m->d);
				*para = *anchor;
			}
		}
		return;
	case R_DECADE:
		snprintf(v, sz, "%03d", m->y);
		return;
	case R_CENTURY:
		snprintf(v, sz, "%02d", m->y);
		return;
	case R_WDAY:
		if (!r->known) {
			memcpy(v, "XXXX-WXX-0", 11);
			v[9] += m->wd;
			break;
		}
		/*
		 * A date the paragraph gave a few days before the reference
		 * anchors its weekdays in the past ("Earlier on February 8,
		 * ... met on Monday": the 7th); an older one is background,
		 * and a future weekday counts from the day of writing.
		 */
		n = r->n;
		if (*para >= 0 && *para >= r->n - ANCHORDAYS &&
		    *para <= r->n && m->tense <= 0)
			n = *para;
		n = wdayof(n, m->wd, m->rel, m->tense);
		putday(v, sz, n);
		*anchor = n;
		break;
	case R_WEEKEND:
		if (!r->known) {
			putunknown(v, sz, U_WEEKEND);
			return;
		}
		putweek(v, sz, cal_weekday(r->n, 6, m->tense > 0 ? 1 : -1));
		strcat(v, "-WE");
		return;
	case R_TODAY:
		if (!r->known) {
			strcpy(v, "XXXX-XX-XX");
			break;
		}
		putday(v, sz, r->n + m->n);
		*anchor = r->n + m->n;
		break;
	case R_RELU:
		if (!r->known) {
			putunknown(v, sz, m->unit);
			return;
		}
		putunit(v, sz, r->n, m->unit, m->rel == R_THIS ? 0 :
		    m->rel == R_NEXT || m->rel == R_COMING ? 1 : -1);
		return;
	case R_AGO:
		if (!r->known) {
			putunknown(v, sz, m->unit >= U_DECADE ? m->unit : U_DAY);
			return;
		}
		if (m->unit <= U_HOUR)
			putday(v, sz, r->n);
		else if (m->unit >= U_DECADE)
			putunit(v, sz, cal_days(r->y + m->n * (m->unit ==
			    U_DECADE ? 10 : 100), 1, 1), m->unit, 0);
		else if (m->unit == U_YEAR || m->unit == U_MONTH) {
			int mo = r->y * 12 + r->m - 1 + m->n * (m->unit ==
			    U_YEAR ? 12 : 1), dd = r->d;

			if (dd > cal_mdays(mo / 12, mo % 12 + 1))
				dd = cal_mdays(mo / 12, mo % 12 + 1);
			snprintf(v, sz, "%04d-%02d-%02d", mo / 12, mo % 12 + 1,
			    dd);
		} else
			putday(v, sz, r->n + (long)m->n * (m->unit == U_WEEK ?
			    7 : m->unit == U_DAY));
		return;
	case R_ANCHOR:
		n = *anchor >= 0 ? *anchor : r->known ? r->n : -1;
		if (n < 0 && !r->known) {
			putunknown(v, sz, m->unit <= U_HOUR ? U_DAY : m->unit);
			return;
		}
		if (m->unit <= U_HOUR) {
			putday(v, sz, n);	/* an hour later: that day */
			return;
		}
		putunit(v, sz, n, m->unit, m->n);
		break;	/* that night: its part of the day */
	case R_QUARTER:
		if (m->y < 0 && !r->known) {
			snprintf(v, sz, "XXXX-%c%d", m->unit == U_QUARTER ?
			    'Q' : 'H', m->n);
			return;
		}
		y = m->y;
		if (y < 0 && m->rel != 0)
			y = r->y + (m->rel == R_NEXT) - (m->rel == R_LAST);
		if (y < 0) {
			cur = m->unit == U_QUARTER ? (r->m - 1) / 3 + 1 :
			    (r->m - 1) / 6 + 1;
			y = m->tense > 0 ? (m->n >= cur ? r->y : r->y + 1) :
			    (m->n <= cur ? r->y : r->y - 1);
		}
		snprintf(v, sz, "%04d-%c%d", y, m->unit == U_QUARTER ? 'Q' :
		    'H', m->n);
		return;
	case R_SEASON:
		y = m->y;
		if (y < 0 && !r->known) {
			snprintf(v, sz, "XXXX-%s", partname[m->part]);
			return;
		}
		if (y < 0) {
			q = m->part;
			cur = r->m == 12 || r->m <= 2 ? S_WI : (r->m - 3) / 3 + 1;
			if (m->rel == R_LAST || m->rel == R_PAST)
				y = q >= cur ? r->y - 1 : r->y;
			else if (m->rel == R_NEXT || m->rel == R_COMING)
				y = q <= cur ? r->y + 1 : r->y;
			else if (m->rel == R_THIS)
				y = r->y;
			else
				y = m->tense > 0 ? (q >= cur ? r->y : r->y + 1) :
				    (q <= cur ? r->y : r->y - 1);
		}
		snprintf(v, sz, "%04d-%s", y, partname[m->part]);
		return;
	case R_CLOCK:
		/* its weekday, the date just before it (Sept. 15 at 2 p.m.) */
		if (m->wd > 0 && r->known)
			putday(v, sz, *anchor = wdayof(r->n, m->wd, 0, m->tense));
		else if (m->wd > 0)
			memcpy(v, "XXXX-WXX-0", 11), v[9] += m->wd;
		else if (m->prevday && *anchor >= 0)
			putday(v, sz, *anchor);
		else if (r->known)
			putday(v, sz, r->n);
		else
			strcpy(v, "XXXX-XX-XX");
		snprintf(v + strlen(v), sz - strlen(v), "T%02d:%02d", m->hh,
		    m->mm);
		return;
	}
	if (m->part && strlen(v) + 4 < sz)
		strcat(strcat(v, "T"), partname[m->part]);
}

/*
 * The reference from the document: its first full date; but a dateline
 * without its year ("LOWER TANSBY, Tuesday, March 1 -"), a date in the
 * first lines before it, is the day of writing: it takes the full date's
 * year, or the one next to it in which its weekday falls on it.
 */
static void
docref(struct ref *r)
{
	const struct mt *m, *line = NULL;
	size_t k;
	int y, dy;

	for (k = 0; k < C.nm; k++) {
		m = &C.m[k];
		if (m->kind != R_YMD || m->m <= 0 || m->d <= 0)
			continue;
		if (m->y > 0 && cal_valid(m->y, m->m, m->d))
			break;
		if (line == NULL && m->y < 0 && m->para <= 3 && m->wd >= 0)
			line = m;
	}
	if (k == C.nm)
		return;
	r->known = 1;
	r->y = m->y, r->m = m->m, r->d = m->d;
	if (line == NULL)
		return;
	for (dy = 0; dy <= 2; dy++) {
		y = m->y + (dy == 2 ? -1 : dy);
		if (!cal_valid(y, line->m, line->d))
			continue;
		if (line->wd == 0 || cal_wday(cal_days(y, line->m, line->d)) ==
		    line->wd) {
			r->y = y, r->m = line->m, r->d = line->d;
			return;
		}
	}
}

static void
addmt(const struct mt *m)
{
	C.m = nu_grow(C.m, &C.mcap, (C.nm + 1) * sizeof(*C.m));
	C.m[C.nm++] = *m;
}

/*
 * Does a date name a day the calendar has? February 30 does not, nor
 * February 29 of a year that is not a leap year; without its year a day
 * may be February 29.
 */
static int
realday(const struct mt *m)
{
	if (m->kind != R_YMD || m->m <= 0 || m->d <= 0 || m->wd < 0)
		return 1;
	if (m->y > 0)
		return cal_valid(m->y, m->m, m->d);
	return cal_valid(2000, m->m, m->d);
}

/* Classes that never go on a match: "the was", "that will". */
#define NOCONT	(1u << LX_PAST | 1u << LX_FUT | 1u << LX_BE | \
	1u << LX_NOTYEAR | 1u << LX_TZ | 1u << LX_THE)

/* Whether a rule may match at token i: most words are passed over. */
static int
startshere(size_t i)
{
	const struct tok *t = &C.t[i], *u;

	if (t->st == 0 && t->kind == K_WORD)
		return 0;	/* the common case */
	if (t->kind == K_NUM || t->st == ST_ALONE)
		return 1;
	if (t->kind == K_PUNCT)
		return t->c == '\'';
	if (t->st != ST_NEXT || i + 1 >= C.nt)
		return 0;
	u = &C.t[i + 1];
	return (u->mask & ~NOCONT) != 0 || u->kind == K_NUM ||
	    (u->kind == K_PUNCT && (u->c == '-' || u->c == '\''));
}

size_t
dates_find(const char *text, size_t len, const struct dateopt *o,
    const struct timex **out)
{
	struct mt m, m2;
	struct ref r;
	size_t i, j, k, p, ci;
	long anchor = -1, para = -1;
	int pn, paranum = -1;

	if (bcls['a'] == 0)
		bclsinit();
	C.s = text;
	C.lang = o->lang;
	C.maxword = lex_maxword(o->lang);
	C.filter = lex_filter(o->lang);
	C.nm = 0;
	/* A paragraph (line) at a time: no rule crosses a line. */
	for (p = 0, pn = 0; p < len; pn++) {
		p = tokenize(text, len, p);
		for (ci = 0, i = 0; ci < C.ncand; ci++) {
			if (C.cand[ci] < i || !startshere(C.cand[ci]))
				continue;	/* inside the last match */
			i = C.cand[ci];
			if ((j = matchat(i, &m, &m2)) == 0)
				continue;
			if (!realday(&m)) {
				i = j;	/* a typo, not a date */
				continue;
			}
			if (m2.kind != 0 && !realday(&m2))
				m2.kind = 0;
			/* Only a date without its year or week needs the tense. */
			if (m.kind == R_CLOCK && C.nm > 0 && C.m[C.nm - 1].para ==
			    pn && C.m[C.nm - 1].d > 0 && m.off <=
			    C.m[C.nm - 1].end + 4)
				m.prevday = 1;
			if (m.kind == R_WDAY || m.kind == R_WEEKEND ||
			    (m.kind == R_CLOCK && m.wd > 0) ||
			    ((m.kind == R_YMD ||
			    m.kind == R_QUARTER || m.kind == R_SEASON) && m.y < 0))
				m.tense = m2.tense = tense(i, j);
			m.para = m2.para = pn;
			addmt(&m);
			if (m2.kind != 0) {
				m2.mod = 0;
				addmt(&m2);
			}
			i = j;
		}
	}
	memset(&r, 0, sizeof(r));
	if (o->ry > 0)
		r.known = 1, r.y = o->ry, r.m = o->rm, r.d = o->rd;
	else
		docref(&r);
	if (r.known)
		r.n = cal_days(r.y, r.m, r.d);
	C.tx = nu_grow(C.tx, &C.txcap, (C.nm + 1) * sizeof(*C.tx));
	for (k = 0; k < C.nm; k++) {
		struct timex *t = &C.tx[k];

		resolve(&C.m[k], &r, &anchor, &para, &paranum, t->value,
		    sizeof(t->value));
		fouryear(t->value);
		t->off = C.m[k].off;
		t->len = C.m[k].end - C.m[k].off;
		t->type = C.m[k].type;
		t->mod = modname[C.m[k].mod];
	}
	*out = C.tx;
	return C.nm;
}

int
dates_setref(struct dateopt *o, const char *s)
{
	int y, m, d, n = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    s[n] != '\0' || n != 10 || y < 1 || !cal_valid(y, m, d))
		return -1;
	o->ry = y, o->rm = m, o->rd = d;
	return 0;
}

const char *
dates_typename(int type)
{
	static const char *const name[] = { "", "DATE", "TIME", "DURATION",
	    "SET" };

	return type >= 1 && type <= 4 ? name[type] : "";
}

void
dates_write(const struct doc *d, const struct recopt *ro,
    const struct dateopt *o)
{
	const struct timex *tx;
	size_t n, k;

	n = dates_find(d->text, d->len, o, &tx);
	for (k = 0; k < n; k++) {
		rec_begin(ro, d, tx[k].off, tx[k].len);
		rec_fields("value", tx[k].value);
		rec_fields("type", dates_typename(tx[k].type));
		rec_field("text", d->text + tx[k].off, tx[k].len);
		if (tx[k].mod != NULL)
			rec_extra("mod", tx[k].mod, strlen(tx[k].mod));
		rec_end();
	}
}
