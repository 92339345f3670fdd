/* strip.c: classify paragraphs as article text or boilerplate. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "news.h"
#include "shape.h"
#include "stop.h"
#include "strip.h"
#include "uc.h"
#include "utf8.h"

/*
 * Thresholds after jusText (Pomikalek, "Removing Boilerplate and
 * Duplicate Content from Web Corpora", 2011): a block under LEN_LOW
 * characters is short; at least STOP_LOW of its words stop words makes it
 * near-good, at least STOP_HIGH and over LEN_HIGH characters good. Our
 * stop lists (stopwords-iso) are longer than jusText's, so the densities
 * are a little higher. Chinese and Japanese are measured in characters.
 */
#define LEN_LOW		70
#define LEN_HIGH	200
#define STOP_LOW	0.30
#define STOP_HIGH	0.34
#define CJK_LEN_LOW	20
#define CJK_LEN_HIGH	60
#define CJK_STOP_LOW	0.10
#define LINK_MAX	0.34	/* share of a block's bytes inside links */

/* Character classes of ASCII bytes. */
enum { C_OTHER, C_SPACE, C_ALPHA, C_DIGIT, C_TERM, C_CLOSE, C_APOS, C_HIGH };

static unsigned char ascii[256];

static void
initascii(void)
{
	int c;

	if (ascii['a'] == C_ALPHA)
		return;
	for (c = 128; c < 256; c++)
		ascii[c] = C_HIGH;
	for (c = 0; c < 128; c++) {
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			ascii[c] = C_SPACE;
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			ascii[c] = C_ALPHA;
		else if (c >= '0' && c <= '9')
			ascii[c] = C_DIGIT;
		else if (c == '.' || c == '!' || c == '?')
			ascii[c] = C_TERM;
		else if (c == '"' || c == ')' || c == ']' || c == '\'')
			ascii[c] = c == '\'' ? C_APOS : C_CLOSE;
		else
			ascii[c] = C_OTHER;
	}
}

static uint32_t
lowercp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	return uc_tolower(c);
}

static int
spacecp(uint32_t c)
{
	return uc_isspace(c) || c == 0x200B || c == 0xFEFF;
}

/* Punctuation and symbols outside ASCII: not part of a word. */
static int
punctcp(uint32_t c)
{
	int k = uc_cat(c);

	return (k >= UC_PC && k <= UC_SO) || c == 0xFFFD;
}

/* Chinese and Japanese: no spaces between words; a character is one. */
static int
cjkcp(uint32_t c)
{
	int k = uc_script(c);

	return k == UC_SC_HAN || k == UC_SC_HIRAGANA || k == UC_SC_KATAKANA;
}

static int
termcp(uint32_t c)
{
	return c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
	    c == 0x61F || c == 0x6D4;
}

static int
closecp(uint32_t c)
{
	return c == 0x2019 || c == 0x201D || c == 0xBB || c == 0x203A ||
	    c == 0x300D || c == 0x300F;
}

/* Does the raw token s[0..n) look like a URL, an address or a handle? */
static int
linklike(const char *s, size_t n)
{
	static const char *const dom[] = { ".com", ".org", ".net", ".html",
	    ".co.uk", ".php" };
	static const size_t doml[] = { 4, 4, 4, 5, 6, 4 };
	size_t i, k, dl;

	if (n >= 4 && memcmp(s, "www.", 4) == 0)
		return 1;
	for (i = 0; i + 1 < n; i++) {
		if (s[i] == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/')
			return 1;
		if (s[i] == '@' && i > 0 && s[i + 1] != ' ')
			return 1;
	}
	if (n >= 2 && (s[0] == '@' || s[0] == '#') && ascii[s[1] & 0x7F] ==
	    C_ALPHA && !(s[1] & 0x80))
		return 1;
	for (k = 0; k < sizeof(dom) / sizeof(dom[0]); k++) {
		dl = doml[k];
		for (i = 1; i + dl <= n; i++)
			if (s[i] == '.' && memcmp(s + i, dom[k], dl) == 0 &&
			    (i + dl == n || s[i + dl] == '/'))
				return 1;
	}
	return 0;
}

/* The word being read: its lower-case form and what it is made of. */
struct word {
	char	 low[64];
	size_t	 len;
	/* Flags as bytes side by side: clearword resets them in one store. */
	unsigned char	 over, alpha, digit, cap;
	unsigned char	 mark;	/* has . @ / # or : (may be a link) */
	unsigned char	 apos;	/* has an apostrophe */
	uint32_t h;		/* FNV-1a of low, as stop.c hashes */
	const char	*start;
};

static inline void
clearword(struct word *w)
{
	w->len = 0;
	w->over = w->alpha = w->digit = w->cap = w->mark = w->apos = 0;
	w->h = STOP_FNV0;
	w->start = NULL;
}

static inline void
endword(struct sblock *b, struct word *w, const char *end)
{
	char *ap;
	size_t len;

	if (w->start == NULL)
		return;
	if (w->alpha || w->digit) {
		b->nw++;
		if (w->cap)
			b->ncap++;
		if (!w->alpha)
			b->ndig++;
		/* Strip trailing apostrophes; try "l'" of "l'hôtel" too. */
		len = w->len;
		while (w->len > 0 && w->low[w->len - 1] == '\'')
			w->len--;
		if (!w->over && w->alpha && ((len == w->len ?
		    stop_maybe(w->h) && stop_hashed(w->low, w->len, w->h) :
		    stop_has(w->low, w->len)) || (w->apos &&
		    (ap = memchr(w->low, '\'', w->len)) != NULL &&
		    (stop_has(w->low, ap - w->low + 1) ||
		    stop_has(w->low, ap - w->low)))))
			b->nstop++;
		if (w->mark && linklike(w->start, end - w->start))
			b->nlink++;
	}
	clearword(w);
}

static void
addlow(struct word *w, uint32_t c)
{
	char u[UTF8_MAX];
	int k, i;

	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (w->len == sizeof(w->low)) {
			w->over = 1;
			return;
		}
		w->low[w->len++] = c;
		w->h = (w->h ^ c) * STOP_FNVP;
		return;
	}
	if (c == 0x2019)
		c = '\'';
	k = utf8_encode(lowercp(c), u);
	if (w->len + k > sizeof(w->low)) {
		w->over = 1;
		return;
	}
	for (i = 0; i < k; i++) {
		w->low[w->len++] = u[i];
		w->h = (w->h ^ (unsigned char)u[i]) * STOP_FNVP;
	}
}

/*
 * One pass over the block: words (runs between white space), their case,
 * stop words, numbers, link-like tokens, sentence ends. Chinese and
 * Japanese characters count as a word each.
 */
void
strip_features(struct sblock *b, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p, *e = s + n;
	struct word w;
	uint32_t c, h;
	size_t len, extra = 0;
	int k, cl, pend = 0;

	initascii();
	b->nw = b->nstop = b->ncap = b->ndig = b->nlink = b->nsent = 0;
	b->ncjk = 0;
	b->bad = 0;
	clearword(&w);
	while (s < e) {
		if (ascii[*s] == C_ALPHA && (w.alpha || w.start == NULL)) {
			/* The common case: an ASCII word, or the rest of one. */
			if (w.start == NULL) {
				w.start = (const char *)s;
				w.alpha = 1;
				w.cap = *s <= 'Z';
			}
			h = w.h;
			len = w.len;
			do {
				c = *s++ | 0x20;
				if (len < sizeof(w.low)) {
					w.low[len++] = c;
					h = (h ^ c) * STOP_FNVP;
				} else
					w.over = 1;
			} while (s < e && ascii[*s] == C_ALPHA);
			w.h = h;
			w.len = len;
			pend = 0;
			continue;
		}
		if (*s < 0x80) {
			c = *s;
			k = 1;
			cl = ascii[c];
		} else {
			if ((k = utf8_decode(s, e - s, &c)) < 0) {
				c = 0xFFFD;
				k = 1;
				b->bad = 1;
			}
			cl = spacecp(c) ? C_SPACE : termcp(c) ? C_TERM :
			    closecp(c) ? (c == 0x2019 ? C_APOS : C_CLOSE) :
			    punctcp(c) ? C_OTHER : C_ALPHA;
			extra += k - 1;
		}
		if (cl == C_SPACE) {
			endword(b, &w, (const char *)s);
			b->nsent += pend;
			pend = 0;
		} else if (c >= 0x3000 && cjkcp(c)) {
			endword(b, &w, (const char *)s);
			b->nw++;
			b->ncjk++;
			if (stop_has((const char *)s, k))
				b->nstop++;
		} else {
			if (w.start == NULL)
				w.start = (const char *)s;
			if (c == '.' || c == '@' || c == '/' || c == '#' ||
			    c == ':')
				w.mark = 1;
			if (cl == C_TERM) {
				pend = 1;
				if (c >= 0x3000)
					b->nsent++, pend = 0;
			} else if (cl != C_CLOSE && cl != C_APOS)
				pend = 0;
			if (cl == C_ALPHA) {
				if (!w.alpha && !w.digit && lowercp(c) != c)
					w.cap = 1;
				w.alpha = 1;
				addlow(&w, c);
			} else if (cl == C_DIGIT) {
				w.digit = 1;
				addlow(&w, c);
			} else if (cl == C_APOS && w.alpha) {
				w.apos = 1;
				addlow(&w, c);
			}
			else if (c == '-' && w.alpha)
				addlow(&w, c);
		}
		s += k;
	}
	endword(b, &w, (const char *)e);
	b->nsent += pend;
	b->nchar = n - extra;
}

void
strip_init(struct strip *s, int flags)
{
	memset(s, 0, sizeof(*s));
	s->flags = flags;
	s->prevblank = 1;
	initascii();
}

void
strip_reset(struct strip *s)
{
	s->n = 0;
	s->html = 0;
	s->text.len = 0;
	s->prevblank = 1;
	s->started = 0;
	s->tried = 0;
	s->wrapped = s->wrapdone = 0;
	s->width = 0;
	s->promote = 0;
}

void
strip_free(struct strip *s)
{
	free(s->b);
	buf_free(&s->text);
	s->b = NULL;
	s->n = s->cap = 0;
}

struct sblock *
strip_add(struct strip *s, size_t off, size_t len, unsigned hint)
{
	struct sblock *b;

	if ((s->n + 1) * sizeof(*s->b) > s->cap)
		s->b = nu_grow(s->b, &s->cap, (s->n + 1) * sizeof(*s->b));
	b = &s->b[s->n++];
	memset(b, 0, sizeof(*b));
	b->off = off;
	b->len = len;
	b->hint = hint;
	return b;
}

static int
transparent(const struct sblock *b)
{
	return (b->hint & (SH_BLANK | SH_FIGURE)) || b->cls == SC_SHORT ||
	    b->shape == SHAPE_CREDIT || b->shape == SHAPE_PLACEHOLDER ||
	    b->shape == SHAPE_BYLINE || b->shape == SHAPE_CAPTION ||
	    b->shape == SHAPE_PROMPT ||
	    (b->hint & SH_BYLINE);
}

/* Add the line p[0..n) at off: blank, or attached to the line before. */
static void
addline(struct strip *s, size_t off, const char *p, size_t n)
{
	const char *q;
	unsigned hint;

	if (n > 0 && p[n - 1] == '\r')
		n--;
	for (q = p; q < p + n && !(*q & 0x80) &&
	    ascii[(unsigned char)*q] == C_SPACE; q++)
		;
	hint = q == p + n ? SH_BLANK : 0;
	if (!hint && !s->prevblank)
		hint |= SH_ATTACH;
	strip_add(s, off, n, hint);
	s->prevblank = hint & SH_BLANK;
}

void
strip_text(struct strip *s, const char *text, size_t len)
{
	const char *p = text, *e = text + len, *nl;

	s->base = text;
	s->prevblank = 1;
	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		addline(s, p - text, p, nl - p);
		p = nl + 1;
	}
}

void
strip_line(struct strip *s, const char *p, size_t n)
{
	size_t off = s->text.len;

	buf_add(&s->text, p, n);
	buf_addc(&s->text, '\n');
	addline(s, off, s->text.p + off, n);
}

/*
 * A cut: a block whose class is settled by itself (good or bad, not one
 * context passes over), with a line after it. Blocks before it have all
 * the context they need; it stays as the context of those after it. A
 * window without a cut is decided whole when it grows too large.
 */
#define WINDOW_LINES	65536
#define WINDOW_BYTES	(8u << 20)

size_t
strip_ready(struct strip *s, int eof)
{
	size_t c;

	if (!eof && s->n < 2 * s->tried)
		return 0;
	s->base = s->text.p;
	strip_classify(s);
	if (eof)
		return s->n;
	for (c = s->n - 1; c-- > 1 && (s->started || s->head != (size_t)-1 ||
	    s->n >= 256);)
		if ((s->started || s->head == (size_t)-1 || c > s->head) &&
		    !s->b[c].para &&
		    !transparent(&s->b[c]) && (s->b[c].cls == SC_GOOD ||
		    s->b[c].cls == SC_BAD))
			return c;
	if (s->n > WINDOW_LINES || s->text.len > WINDOW_BYTES)
		return s->n - 1;
	s->tried = s->n;
	return 0;
}

void
strip_shift(struct strip *s, size_t k)
{
	size_t i, off;

	if (k == 0)
		return;
	off = k < s->n ? s->b[k].off : s->text.len;
	memmove(s->text.p, s->text.p + off, s->text.len - off);
	s->text.len -= off;
	memmove(s->b, s->b + k, (s->n - k) * sizeof(*s->b));
	s->n -= k;
	for (i = 0; i < s->n; i++)
		s->b[i].off -= off;
	s->started = 1;
	s->tried = 0;
}

/* The class a block has from its own features and hints. */
static void
initial(struct strip *s, struct sblock *b)
{
	const char *p = s->base + b->off;
	double dens;
	int cjk, kind;

	b->hard = 1;
	b->cls = SC_BAD;
	b->keep = 0;
	b->shape = SHAPE_NONE;
	if (b->hint & SH_BLANK) {
		b->why = "blank";
		return;
	}
	if (s->seen != NULL && !b->counted) {
		b->seen = s->seen(s->seenarg, p, b->len);
		b->counted = 1;
	}
	strip_features(b, p, b->len);
	if (b->hint & SH_TITLE) {
		b->cls = SC_GOOD;
		b->why = "headline";
		return;
	}
	if (b->hint & (SH_NAV | SH_FORM | SH_CLASS | SH_FIGURE | SH_BYLINE)) {
		b->why = b->hint & SH_NAV ? "navigation, header or footer" :
		    b->hint & SH_FORM ? "form" : b->hint & SH_FIGURE ? "figure" :
		    b->hint & SH_BYLINE ? "byline" : "class or id of a widget";
		return;
	}
	if (b->len > 0 && b->linkc * 1.0 / b->len > LINK_MAX) {
		b->why = "link text";
		return;
	}
	if (b->nw == 0) {
		b->why = "no words";
		return;
	}
	if (s->seenmin > 0 && b->seen >= s->seenmin && b->nw <= 60) {
		b->why = "recurs across documents";
		return;
	}
	if ((kind = shape_of(p, b->len, b, &b->why)) != SHAPE_NONE) {
		b->shape = kind;
		return;
	}
	if (b->nlink * 2 >= b->nw) {
		b->why = "link-like words";
		return;
	}
	b->hard = 0;
	dens = (double)b->nstop / b->nw;
	cjk = b->ncjk * 2 > b->nchar;
	if (b->nchar < (cjk ? CJK_LEN_LOW : LEN_LOW)) {
		b->cls = SC_SHORT;
		b->why = "short";
		if (b->nw >= 3 && b->ncap == b->nw && b->nstop == 0 &&
		    b->nsent == 0) {
			b->cls = SC_BAD;
			b->why = "capitalized words only";
		}
	} else if (dens >= (cjk ? CJK_STOP_LOW : STOP_HIGH)) {
		b->cls = b->nchar > (cjk ? CJK_LEN_HIGH : LEN_HIGH) ? SC_GOOD :
		    SC_NEAR;
		b->why = b->cls == SC_GOOD ? "prose" : "prose, medium length";
	} else if (dens >= (cjk ? CJK_STOP_LOW : STOP_LOW)) {
		b->cls = SC_NEAR;
		b->why = "some stop words";
	} else {
		b->cls = SC_BAD;
		b->why = "few stop words";
	}
	if (b->cls != SC_BAD && b->ndig * 2 > b->nw) {
		b->cls = SC_BAD;
		b->why = "mostly numbers";
	}
}

/*
 * In plain text, a line that hangs on a credit or a bullet list with no
 * blank line between belongs to it: the caption above "(Photo: ...)",
 * the label above promo bullets.
 */
static void
attached(struct strip *s)
{
	struct sblock *b, *a;
	size_t i;

	for (i = 1; i < s->n; i++) {
		b = &s->b[i];
		a = &s->b[i - 1];
		if (!(b->hint & SH_ATTACH) || a->hard)
			continue;
		if ((b->shape == SHAPE_CREDIT && a->nw <= 60) ||
		    ((b->shape == SHAPE_BULLET || b->shape == SHAPE_TAGS) &&
		    a->nw <= 6)) {
			a->hard = 1;
			a->cls = SC_BAD;
			if (b->shape == SHAPE_CREDIT) {
				a->shape = SHAPE_CAPTION;
				a->why = "caption of a credit";
			} else
				a->why = "label of a list";
		}
	}
}

/*
 * Context, as jusText: the nearest class before and after each block,
 * blanks and short blocks passed over (near-good too for nn), the
 * document's edges counting as bad. Captions, credits, bylines and
 * prompts (an advertisement label, "Read more", a newsletter box) sit
 * inside an article as often as around it: they are passed over too. Computed in two linear sweeps.
 */

static void
neighbours(struct strip *s, int *pn, int *pnn, int *nn_, int *nnn)
{
	size_t i, j;
	int lastn = SC_BAD, lastnn = SC_BAD;
	struct sblock *b;

	for (i = 0; i < s->n; i++) {
		b = &s->b[i];
		pn[i] = lastn;
		pnn[i] = lastnn;
		if (transparent(b))
			continue;
		lastn = b->cls;
		if (b->cls != SC_NEAR)
			lastnn = b->cls;
	}
	lastn = lastnn = SC_BAD;
	for (j = s->n; j-- > 0;) {
		b = &s->b[j];
		nn_[j] = lastn;
		nnn[j] = lastnn;
		if (transparent(b))
			continue;
		lastn = b->cls;
		if (b->cls != SC_NEAR)
			lastnn = b->cls;
	}
}

/*
 * A short line that reads as a sentence: a capital first, an end mark
 * last, stop words among its words. A one-sentence paragraph next to the
 * body is kept even when boilerplate stands on its other side.
 */
static int
sentence(const struct strip *s, const struct sblock *b)
{
	const unsigned char *p = (const unsigned char *)s->base + b->off;
	size_t n = b->len;

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	while (n > 0 && (*p == ' ' || *p == '\t' || *p == '"'))
		p++, n--;
	if (n == 0 || b->nw < 4 || b->nstop * 4 < b->nw || b->nsent == 0)
		return 0;
	return (*p >= 'A' && *p <= 'Z') || *p >= 0xC3;
}

static void
context(struct strip *s)
{
	int *v = nu_calloc(s->n * 4 + 1, sizeof(int));
	int *pn = v, *pnn = v + s->n, *nn_ = v + 2 * s->n, *nnn = v + 3 * s->n;
	struct sblock *b;
	size_t i;

	neighbours(s, pn, pnn, nn_, nnn);
	for (i = 0; i < s->n; i++) {
		b = &s->b[i];
		if (b->hard || b->cls == SC_BAD || b->cls == SC_GOOD)
			continue;
		if (b->cls == SC_NEAR) {
			b->keep = !(pnn[i] == SC_BAD && nnn[i] == SC_BAD);
			b->why = b->keep ? "medium, near body" :
			    "medium, between boilerplate";
		} else if (pnn[i] == SC_GOOD && nnn[i] == SC_GOOD) {
			b->keep = 1;
			b->why = "short, between body";
		} else if (pnn[i] == SC_BAD && nnn[i] == SC_BAD) {
			b->why = "short, between boilerplate";
		} else if ((pnn[i] == SC_BAD && pn[i] == SC_NEAR) ||
		    (nnn[i] == SC_BAD && nn_[i] == SC_NEAR)) {
			b->keep = 1;
			b->why = "short, next to body";
		} else if (sentence(s, b) && (pnn[i] == SC_GOOD ||
		    nnn[i] == SC_GOOD)) {
			b->keep = 1;
			b->why = "short sentence, next to body";
		} else
			b->why = "short, next to boilerplate";
	}
	for (i = 0; i < s->n; i++)
		if (!s->b[i].hard && s->b[i].cls == SC_GOOD)
			s->b[i].keep = 1;
	free(v);
}

/* Append s[0..n) with each invalid UTF-8 sequence replaced by U+FFFD. */
static void
addvalid(struct buf *out, const char *p, size_t n)
{
	size_t ok;

	while (n > 0) {
		ok = utf8_valid(p, n);
		buf_add(out, p, ok);
		if (ok == n)
			break;
		buf_add(out, "\xef\xbf\xbd", 3);
		ok += utf8_badlen((const unsigned char *)p + ok, n - ok);
		p += ok;
		n -= ok;
	}
}

void
strip_write(const struct strip *s, size_t n, struct buf *out, int what)
{
	const struct sblock *b;
	size_t i;

	for (i = 0; i < n && i < s->n; i++) {
		b = &s->b[i];
		if (what == STRIP_EXPLAIN) {
			buf_adds(out, b->keep ? "KEEP\t" : "DROP\t");
			buf_adds(out, b->why != NULL ? b->why : "");
			buf_addc(out, '\t');
		} else if (b->keep != (what == STRIP_KEPT) ||
		    (b->hint & SH_BLANK))
			continue;
		if (b->bad)
			addvalid(out, s->base + b->off, b->len);
		else
			buf_add(out, s->base + b->off, b->len);
		buf_addc(out, '\n');
	}
}

/*
 * HTML: the container that holds the most text kept so far is the
 * article's; its medium and short blocks are the article's too (crossheads,
 * one-line paragraphs) even when a widget stands on each side of them.
 */
static void
boxes(struct strip *s)
{
	size_t i, nb = 0, *sum, best = 0;
	struct sblock *b;

	if (!s->html || s->n == 0)
		return;
	for (i = 0; i < s->n; i++)
		if (s->b[i].box > nb)
			nb = s->b[i].box;
	sum = nu_calloc(nb + 1, sizeof(*sum));
	for (i = 0; i < s->n; i++)
		if (s->b[i].keep && !s->b[i].hard)
			sum[s->b[i].box] += s->b[i].len;
	for (i = 1; i <= nb; i++)
		if (sum[i] > sum[best])
			best = i;
	for (i = 0; i < s->n && sum[best] > 0; i++) {
		b = &s->b[i];
		if (b->box == best && !b->hard && !b->keep &&
		    (b->cls == SC_NEAR || b->cls == SC_SHORT)) {
			b->keep = 1;
			b->why = "in the article's container";
		}
	}
	free(sum);
}

/* Characters (not bytes) of a line. */
static size_t
nchars(const char *p, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)p[i] & 0xC0) != 0x80;
	return c;
}

/*
 * Text dumps of web pages (w3m -dump, lynx) wrap paragraphs at a width,
 * 80 columns by default: many lines a little under it, almost none over.
 * Such text is classified a paragraph at a time, not a line.
 */
static void
wrapcheck(struct strip *s, int final)
{
	size_t i, c, over = 0, near = 0, lines = 0, width = 0;

	if (s->wrapdone || s->html || (!final && s->n < 64))
		return;
	s->wrapdone = 1;
	for (i = 0; i < s->n; i++) {
		if (s->b[i].hint & SH_BLANK)
			continue;
		c = nchars(s->base + s->b[i].off, s->b[i].len);
		lines++;
		if (c > 100)
			over++;
		else if (c > width)
			width = c;
		if (c >= 55 && c <= 100)
			near++;
	}
	if (near >= 5 && over * 20 <= lines) {
		s->wrapped = 1;
		s->width = width;
	}
}

/* Does a line open a list item: a bullet, a number, a bracket? */
static int
itemstart(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == n)
		return 0;
	if (strchr("*-+[|#>", p[i]) != NULL ||
	    (i + 1 < n && (unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] >= 0x80 &&
	    (unsigned char)p[i + 1] <= 0x97) || (i + 1 < n &&
	    (unsigned char)p[i] == 0xC2 && (unsigned char)p[i + 1] == 0xB7))
		return 1;
	while (i < n && p[i] >= '0' && p[i] <= '9')
		i++;
	return i > 0 && i + 1 < n && (p[i] == '.' || p[i] == ')') && p[i + 1] == ' ' &&
	    p[i - 1] >= '0' && p[i - 1] <= '9';
}

/* Mark the lines that go on the paragraph above them. */
static void
paragraphs(struct strip *s)
{
	struct sblock *b, *a;
	size_t i;

	for (i = 0; i < s->n; i++) {
		b = &s->b[i];
		b->para = 0;
		if (!s->wrapped || i == 0 || !(b->hint & SH_ATTACH))
			continue;
		a = &s->b[i - 1];
		b->para = nchars(s->base + a->off, a->len) * 10 >= s->width * 6 &&
		    !itemstart(s->base + b->off, b->len);
	}
}

/* Give line l the class and features of its paragraph's first line b. */
static void
inherit(struct sblock *l, const struct sblock *b)
{
	struct sblock own = *l;

	*l = *b;
	l->off = own.off;
	l->len = own.len;
	l->hint = own.hint;
	l->para = own.para;
	l->seen = own.seen;
	l->counted = own.counted;
}

/* Classify each paragraph as one block; its lines take its class. */
static void
initials(struct strip *s)
{
	struct sblock *b, *l;
	size_t i, j, len;

	for (i = 0; i < s->n; i = j) {
		b = &s->b[i];
		for (j = i + 1; j < s->n && s->b[j].para; j++)
			;
		len = b->len;
		b->len = s->b[j - 1].off + s->b[j - 1].len - b->off;
		initial(s, b);
		b->len = len;
		for (l = b + 1; l < s->b + j; l++)
			inherit(l, b);
	}
}

/* Does block b end like a sentence (a dot), as headlines do not? */
static int
enddot(const struct strip *s, const struct sblock *b)
{
	const char *p = s->base + b->off;
	size_t n = b->len;

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\r'))
		n--;
	return n > 0 && p[n - 1] == '.';
}

/*
 * In a text dump the headline comes after the site's menus: the last
 * short line before the first good paragraph with only boilerplate
 * (bylines, share prompts, images, captions) between them.
 */
static struct sblock *
dumphead(struct strip *s)
{
	size_t g, i, between = 0;
	struct sblock *b;

	for (g = 0; g < s->n; g++)
		if (!s->b[g].hard && s->b[g].cls == SC_GOOD)
			break;
	if (g == s->n)
		return NULL;
	for (i = g; i-- > 0 && between <= 12;) {
		b = &s->b[i];
		if (b->hint & SH_BLANK)
			continue;
		/* Pass over boilerplate, and the lede or standfirst. */
		if (b->hard || b->para || (i + 1 < s->n && s->b[i + 1].para) ||
		    b->cls == SC_NEAR || b->nw > 25) {
			between++;
			continue;
		}
		if (b->nw < 3 || enddot(s, b))
			return NULL;
		return b;
	}
	return NULL;
}

/*
 * The headline: in HTML the block marked SH_TITLE; in text the first
 * line, when it is short and no boilerplate shape, else the line that
 * dumphead finds.
 */
static void
headline(struct strip *s)
{
	struct sblock *b = NULL;
	size_t i;

	s->head = (size_t)-1;
	for (i = 0; i < s->n; i++)
		if (s->b[i].hint & SH_TITLE) {
			b = &s->b[i];
			break;
		}
	for (i = 0; b == NULL && !s->html && i < s->n; i++) {
		if (s->b[i].hint & SH_BLANK)
			continue;
		if (s->b[i].hard || s->b[i].nw > 30 || s->b[i].hint != 0)
			b = dumphead(s);
		else
			b = &s->b[i];
		if (b == NULL)
			return;
	}
	if (b == NULL)
		return;
	s->head = b - s->b;
	b->keep = !(s->flags & STRIP_NOTITLE);
	b->hard = 1;
	b->cls = SC_GOOD;	/* the body follows it */
	b->why = b->keep ? "headline" : "headline (--no-title)";
	for (i = s->head + 1; i < s->n && s->b[i].para; i++)
		inherit(&s->b[i], b);
}

/*
 * A short article may have no paragraph over LEN_HIGH characters: then
 * jusText would keep nothing. Its medium paragraphs of prose are good.
 */
static void
promote(struct strip *s)
{
	struct sblock *b;
	size_t i;

	/* Decided on the first lines of the document, kept for the rest. */
	for (i = 0; !s->started && i < s->n; i++)
		if (!s->b[i].hard && s->b[i].cls == SC_GOOD)
			return;
	if (s->started && !s->promote)
		return;
	s->promote = 1;
	for (i = 0; i < s->n; i++) {
		b = &s->b[i];
		if (!b->hard && b->cls == SC_NEAR && b->nstop >= STOP_HIGH * b->nw) {
			b->cls = SC_GOOD;
			b->why = "prose, in a short article";
		}
	}
}

void
strip_classify(struct strip *s)
{
	size_t i, kept = 0;
	unsigned hinted = 0;

	wrapcheck(s, 1);
	paragraphs(s);
	initials(s);
	attached(s);
	promote(s);
	if (!s->started)
		headline(s);
	context(s);
	boxes(s);
	/*
	 * A page whose every paragraph sits in an element named like a
	 * widget or in navigation has misleading names (an article inside
	 * <div class="related-content">): decide it again without them.
	 */
	for (i = 0; i < s->n; i++) {
		kept += s->b[i].keep && !(s->b[i].hint & SH_TITLE);
		hinted |= s->b[i].hint & (SH_CLASS | SH_NAV);
	}
	if (s->html && kept == 0 && hinted != 0) {
		for (i = 0; i < s->n; i++)
			s->b[i].hint &= ~(SH_CLASS | SH_NAV);
		strip_classify(s);
	}
}
