/* html.c: tokenize HTML as browsers do when it is broken, and cut it into blocks. */
#include <stdint.h>
#include <string.h>

#include "cp.h"
#include "fix.h"
#include "html.h"
#include "htmlent.h"
#include "news.h"
#include "shape.h"
#include "utf8.h"

/* What a tag does to the text around it. */
#define T_BLOCK	0x0001	/* starts and ends a block */
#define T_VOID	0x0002	/* never has content or an end tag */
#define T_RAW	0x0004	/* raw text up to its end tag (script, style...) */
#define T_SKIP	0x0008	/* its content is not shown */
#define T_A	0x0010
#define T_BR	0x0020
#define T_H1	0x0040
#define T_SAME	0x0080	/* a start tag closes one of the same name open on top */
#define T_TITLE	0x0100
#define T_NOCLS	0x0200	/* class hints are not taken from it (html, body...) */
#define T_BOX	0x0400	/* a container of blocks */

struct tag {
	const char	*name;
	unsigned	 flags;
	unsigned	 hint;	/* SH_* */
};

/* Sorted by name for bsearch. */
static const struct tag tags[] = {
	{ "a", T_A, 0 },
	{ "address", T_BLOCK, 0 },
	{ "area", T_VOID, 0 },
	{ "article", T_BLOCK | T_NOCLS | T_BOX, SH_MAIN },
	{ "aside", T_BLOCK | T_BOX, SH_NAV },
	{ "audio", T_SKIP, 0 },
	{ "base", T_VOID, 0 },
	{ "blockquote", T_BLOCK | T_BOX, 0 },
	{ "body", T_BLOCK | T_NOCLS | T_BOX, 0 },
	{ "br", T_VOID | T_BR, 0 },
	{ "button", T_SKIP, SH_FORM },
	{ "canvas", T_SKIP, 0 },
	{ "caption", T_BLOCK, 0 },
	{ "center", T_BLOCK | T_BOX, 0 },
	{ "col", T_VOID, 0 },
	{ "dd", T_BLOCK | T_SAME, 0 },
	{ "details", T_BLOCK | T_BOX, 0 },
	{ "dialog", T_BLOCK | T_BOX, SH_NAV },
	{ "div", T_BLOCK | T_BOX, 0 },
	{ "dl", T_BLOCK | T_BOX, 0 },
	{ "dt", T_BLOCK | T_SAME, 0 },
	{ "embed", T_VOID, 0 },
	{ "fieldset", T_BLOCK | T_BOX, SH_FORM },
	{ "figcaption", T_BLOCK, SH_FIGURE },
	{ "figure", T_BLOCK | T_BOX, SH_FIGURE },
	{ "footer", T_BLOCK | T_BOX, SH_NAV },
	{ "form", T_BLOCK | T_BOX, SH_FORM },
	{ "h1", T_BLOCK | T_H1, SH_HEADING },
	{ "h2", T_BLOCK, SH_HEADING },
	{ "h3", T_BLOCK, SH_HEADING },
	{ "h4", T_BLOCK, SH_HEADING },
	{ "h5", T_BLOCK, SH_HEADING },
	{ "h6", T_BLOCK, SH_HEADING },
	{ "header", T_BLOCK | T_BOX, 0 },
	{ "hr", T_VOID | T_BLOCK, 0 },
	{ "html", T_BLOCK | T_NOCLS | T_BOX, 0 },
	{ "iframe", T_RAW | T_SKIP, 0 },
	{ "img", T_VOID, 0 },
	{ "input", T_VOID, 0 },
	{ "label", 0, SH_FORM },
	{ "legend", T_BLOCK, 0 },
	{ "li", T_BLOCK | T_SAME, SH_LIST },
	{ "link", T_VOID, 0 },
	{ "main", T_BLOCK | T_NOCLS | T_BOX, SH_MAIN },
	{ "math", T_SKIP, 0 },
	{ "menu", T_BLOCK | T_BOX, SH_NAV },
	{ "meta", T_VOID, 0 },
	{ "nav", T_BLOCK | T_BOX, SH_NAV },
	{ "noembed", T_RAW | T_SKIP, 0 },
	{ "noframes", T_RAW | T_SKIP, 0 },
	{ "noscript", T_RAW | T_SKIP, 0 },
	{ "object", T_SKIP, 0 },
	{ "ol", T_BLOCK | T_BOX, 0 },
	{ "option", T_BLOCK | T_SAME, SH_FORM },
	{ "p", T_BLOCK | T_SAME, 0 },
	{ "param", T_VOID, 0 },
	{ "pre", T_BLOCK, 0 },
	{ "script", T_RAW | T_SKIP, 0 },
	{ "section", T_BLOCK | T_BOX, 0 },
	{ "select", T_SKIP, SH_FORM },
	{ "source", T_VOID, 0 },
	{ "style", T_RAW | T_SKIP, 0 },
	{ "summary", T_BLOCK, 0 },
	{ "svg", T_SKIP, 0 },
	{ "table", T_BLOCK | T_BOX, 0 },
	{ "tbody", T_BLOCK, 0 },
	{ "td", T_BLOCK | T_SAME | T_BOX, SH_TABLE },
	{ "template", T_SKIP, 0 },
	{ "textarea", T_RAW | T_SKIP, SH_FORM },
	{ "tfoot", T_BLOCK, 0 },
	{ "th", T_BLOCK | T_SAME | T_BOX, SH_TABLE },
	{ "thead", T_BLOCK, 0 },
	{ "title", T_RAW | T_TITLE, 0 },
	{ "tr", T_BLOCK | T_SAME, 0 },
	{ "track", T_VOID, 0 },
	{ "ul", T_BLOCK | T_BOX, 0 },
	{ "video", T_SKIP, 0 },
	{ "wbr", T_VOID, 0 },
	{ "xmp", T_RAW, 0 },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Words in class and id values that mark page furniture, after the
 * readability heuristics (Mozilla Readability's unlikelyCandidates) and
 * what news sites call their widgets. Matched against whole pieces of a
 * value cut at every non-alphanumeric character.
 */
static const char *const widgetwords[] = {
	"ad", "ads", "advert", "adverts", "advertisement", "advertising",
	"banner", "breadcrumb", "breadcrumbs", "comment", "comments",
	"consent", "cookie", "cookies", "disqus", "dfp", "gdpr", "masthead",
	"menu", "modal", "nav", "navbar", "navigation", "newsletter",
	"outbrain", "popular", "popup", "promo", "promotion",
	"recommendations", "recommended", "related", "share", "sharing",
	"sidebar", "signup", "social", "sponsor", "sponsored", "subscribe",
	"subscription", "tag", "tags", "taboola", "teaser", "toolbar",
	"topbar", "trending", "tweet", "twitter", "widget", "reaction",
	"reactions", "replies", "discussion", "pub", "outstream", "logo",
};
static const char *const bylinewords[] = {
	"author", "authors", "byline", "dateline", "pubdate", "published",
	"timestamp",
};
static const char *const figurewords[] = {
	"caption", "credit", "credits",
};
/* Whole class names that hide an element from sighted readers. */
static const char *const hiddenclasses[] = {
	"hidden", "sr-only", "visually-hidden", "visuallyhidden",
	"screen-reader-text", "offscreen",
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
namebyte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' ||
	    (c & 0x80);
}

static int
spacebyte(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static uint32_t hashname(const char *s, size_t n);

/*
 * The tags by the hash of their name: open addressing in 256 slots, built
 * on first use, so that a tag is found with one hash and one comparison.
 */
static const struct tag *
findtag(const char *name, size_t n, uint32_t h)
{
	static uint8_t slot[256];	/* index + 1 into tags; 0: empty */
	static int ready;
	size_t i, k;

	if (!ready) {
		for (k = 0; k < NELEM(tags); k++) {
			i = hashname(tags[k].name, strlen(tags[k].name)) & 255;
			while (slot[i] != 0)
				i = (i + 1) & 255;
			slot[i] = k + 1;
		}
		ready = 1;
	}
	for (i = h & 255; slot[i] != 0; i = (i + 1) & 255) {
		k = slot[i] - 1;
		if (tags[k].name[0] == name[0] && strncmp(tags[k].name, name, n) == 0 &&
		    tags[k].name[n] == '\0')
			return &tags[k];
	}
	return NULL;
}

/* Case-insensitive search for the lower-case needle in s[0..n). */
static const char *
findci(const char *s, size_t n, const char *needle)
{
	size_t nl = strlen(needle), i, k;

	for (i = 0; i + nl <= n; i++) {
		for (k = 0; k < nl && lower((unsigned char)s[i + k]) == needle[k];
		    k++)
			;
		if (k == nl)
			return s + i;
	}
	return NULL;
}

void
html_init(struct html *h)
{
	memset(h, 0, sizeof(*h));
}

void
html_free(struct html *h)
{
	buf_free(&h->text);
	buf_free(&h->title);
	buf_free(&h->tmp);
	buf_free(&h->conv);
}

int
html_sniff(const char *p, size_t n)
{
	static const char *const marks[] = { "<!doctype html", "<html", "<head",
	    "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article",
	    "<br", "<!--" };
	size_t i = 0, k;

	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < n && spacebyte((unsigned char)p[i]))
		i++;
	if (i == n || p[i] != '<')
		return 0;
	if (n - i > 4096)
		n = i + 4096;
	for (k = 0; k < NELEM(marks); k++)
		if (findci(p + i, n - i, marks[k]) != NULL)
			return 1;
	return 0;
}

#define GUESSLEN	65536	/* bytes of an undeclared page read to guess its code page */

/*
 * Labels that pages use otherwise than lib/cp: as browsers read them (the
 * WHATWG Encoding Standard), Latin-1 and ASCII mean Windows-1252. Other
 * labels and aliases are cp_byname's.
 */
static const struct {
	const char	*label;
	int		 cp;
} labels[] = {
	{ "iso-8859-1", CP_CP1252 }, { "latin1", CP_CP1252 },
	{ "l1", CP_CP1252 }, { "us-ascii", CP_CP1252 }, { "ascii", CP_CP1252 },
	{ "utf-8", FIX_UTF8 }, { "utf8", FIX_UTF8 },
	{ "unicode-1-1-utf-8", FIX_UTF8 },
};

/* The page a charset label names: FIX_UTF8, a CP_*, or -1 if unknown. */
static int
charset(const char *s, size_t n)
{
	char name[32];
	size_t k;

	if (n == 0 || n >= sizeof(name))
		return -1;
	memcpy(name, s, n);
	name[n] = '\0';
	for (k = 0; k < NELEM(labels); k++)
		if (findci(name, n, labels[k].label) == name &&
		    strlen(labels[k].label) == n)
			return labels[k].cp;
	return cp_byname(name);
}

/*
 * The encoding of the page: a byte order mark, else the charset of
 * <meta charset> or <meta http-equiv content="...; charset=...">, else
 * FIX_UTF8 for valid UTF-8, else the page nfix-encoding guesses from the
 * bytes. Valid UTF-8 stays UTF-8 whatever the page declares: a declaration
 * left behind when a site moved to UTF-8 is common, the reverse is not.
 */
static int
encoding(const char *p, size_t n)
{
	const char *c, *v, *e = p + (n > 8192 ? 8192 : n);
	size_t bad;
	int cp;

	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		return FIX_UTF8;
	if ((bad = utf8_valid(p, n)) == n)
		return FIX_UTF8;
	for (c = p; (c = findci(c, e - c, "charset")) != NULL; ) {
		c += 7;
		while (c < e && spacebyte((unsigned char)*c))
			c++;
		if (c == e || *c != '=')
			continue;
		for (c++; c < e && (spacebyte((unsigned char)*c) ||
		    *c == '"' || *c == '\''); c++)
			;
		for (v = c; v < e && (namebyte((unsigned char)*v) ||
		    *v == '.' || *v == ':' || *v == '_'); v++)
			;
		if ((cp = charset(c, v - c)) != -1)
			return cp;
		break;
	}
	/* The guess reads GUESSLEN bytes from just before the first not UTF-8. */
	bad = bad > 64 ? bad - 64 : 0;
	return fix_guess(p + bad, n - bad > GUESSLEN ? GUESSLEN : n - bad);
}

/*
 * Make the page p[0..n) in page cp (not FIX_UTF8) UTF-8, in b; a byte the
 * page leaves undefined, or maps to a C1 control, becomes U+FFFD.
 */
static void
decode(struct buf *b, const char *p, size_t n, int cp)
{
	const unsigned char *s = (const unsigned char *)p, *e = s + n;
	char u[UTF8_MAX];
	uint32_t c;

	buf_reset(b);
	for (; s < e; s++)
		if (*s < 0x80)
			buf_addc(b, *s);
		else {
			c = cp_decode(cp, *s);
			if (c == 0 || (c >= 0x80 && c < 0xA0))
				c = UTF8_REPL;
			buf_add(b, u, utf8_encode(c, u));
		}
}

static struct helem *
top(struct html *h)
{
	static struct helem none;

	return h->depth > 0 ? &h->st[h->depth - 1] : &none;
}

/* End the block being read: hand it to s if it has text. */
static void
flush(struct html *h, struct strip *s)
{
	struct sblock *b;
	size_t len;

	if (h->text.len > h->bstart) {
		len = h->text.len - h->bstart;
		b = strip_add(s, h->bstart, len, h->bhint);
		b->linkc = h->linkc > len ? len : h->linkc;
		b->box = h->bbox;
		/*
		 * The headline: the first h1 outside navigation and widgets,
		 * or a later one inside article or main when the first was not
		 * (a site's name set in an h1 in its header).
		 */
		if (h->h1 == 2 && (!h->titled || (!h->titlemain &&
		    (h->bhint & SH_MAIN)))) {
			if (h->titled)
				s->b[h->titleidx].hint &= ~SH_TITLE;
			b->hint |= SH_TITLE;
			h->titled = 1;
			h->titleidx = s->n - 1;
			h->titlemain = (h->bhint & SH_MAIN) != 0;
		}
	}
	h->bstart = h->text.len;
	h->linkc = 0;
	h->space = 0;
	h->brs = 0;
}

/* Is there a no-break space (U+00A0, C2 A0) at s? It collapses as a space. */
#define NBSP(s, e)	((s) + 1 < (e) && (s)[0] == 0xC2 && (s)[1] == 0xA0)

/* Bytes that may end a run of text: white space, and C2 (of a no-break space). */
static const unsigned char runend[256] = {
	['\t'] = 1, ['\n'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1, [0xC2] = 1,
};

/* Append UTF-8 text with white space collapsed. */
static void
addutf8(struct html *h, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p, *e = s + n, *r;
	struct helem *t = top(h);

	while (s < e) {
		if (spacebyte(*s) || NBSP(s, e)) {
			h->space = 1;
			s += *s == 0xC2 ? 2 : 1;
			continue;
		}
		/* The hot loop of the tokenizer: the rest of a word. */
		for (r = s + 1; r < e; r++)
			if (runend[*r] && (*r != 0xC2 || NBSP(r, e)))
				break;
		if (h->text.len == h->bstart) {
			h->bhint = t->hint;
			h->bbox = t->box;
		} else if (h->space)
			buf_addc(&h->text, ' ');
		h->space = 0;
		buf_add(&h->text, s, r - s);
		if (t->link)
			h->linkc += r - s;
		h->brs = 0;
		s = r;
	}
}

/*
 * Append page text (UTF-8): character references decoded (lib/htmlent),
 * then white space collapsed.
 */
static void
addtext(struct html *h, const char *p, size_t n)
{
	if (top(h)->skip || n == 0)
		return;
	if (memchr(p, '&', n) != NULL) {
		buf_reset(&h->tmp);
		htmlent_decode(&h->tmp, p, n);
		p = h->tmp.p;
		n = h->tmp.len;
	}
	addutf8(h, p, n);
}

/*
 * Class names that say what a page or post is about or how it is laid
 * out, not what the element is: WordPress puts "tag-sport category-news"
 * on the element that holds the whole article.
 */
static const char *const taxonomy[] = {
	"tag-", "tags-", "category-", "categories-", "post-", "type-", "format-",
	"status-", "has-", "with-", "no-", "show-", "is-", "page-", "single-",
	"template-", "layout-", "section-", "topic-", "hide-", "js-",
};

/* The hints one class name (or id) gives: each piece cut at non-alphanumerics. */
static unsigned
tokenhint(const char *v, size_t n, int *hide)
{
	char w[32];
	size_t i, j, k;
	unsigned hint = 0;

	if (n < sizeof(w)) {
		for (k = 0; k < n; k++)
			w[k] = lower((unsigned char)v[k]);
		if (shape_inlist(w, n, hiddenclasses, NELEM(hiddenclasses)))
			*hide = 1;
		for (k = 0; k < NELEM(taxonomy); k++)
			if (strlen(taxonomy[k]) < n &&
			    memcmp(w, taxonomy[k], strlen(taxonomy[k])) == 0)
				return 0;
	}
	for (i = 0; i < n; i = j) {
		while (i < n && !((v[i] | 0x20) >= 'a' && (v[i] | 0x20) <= 'z') &&
		    !(v[i] >= '0' && v[i] <= '9'))
			i++;
		for (j = i, k = 0; j < n && (((v[j] | 0x20) >= 'a' &&
		    (v[j] | 0x20) <= 'z') || (v[j] >= '0' && v[j] <= '9')); j++)
			if (k < sizeof(w))
				w[k++] = lower((unsigned char)v[j]);
		if (k == 0 || k == sizeof(w))
			continue;
		if (shape_inlist(w, k, widgetwords, NELEM(widgetwords)))
			hint |= SH_CLASS;
		else if (shape_inlist(w, k, bylinewords, NELEM(bylinewords)))
			hint |= SH_BYLINE;
		else if (shape_inlist(w, k, figurewords, NELEM(figurewords)))
			hint |= SH_FIGURE;
	}
	return hint;
}

/* The hints a class or id value gives, from each of its names. */
static unsigned
classhint(const char *v, size_t n, int *hide)
{
	size_t i, j;
	unsigned hint = 0;

	for (i = 0; i < n; i = j) {
		while (i < n && spacebyte((unsigned char)v[i]))
			i++;
		for (j = i; j < n && !spacebyte((unsigned char)v[j]); j++)
			;
		if (j > i)
			hint |= tokenhint(v + i, j - i, hide);
	}
	return hint;
}

/* What the attributes of a start tag say. */
struct attrs {
	unsigned	 hint;
	int		 hide;
};

/* Read attributes from p up to '>'; return the position after it. */
static const char *
attributes(const char *p, const char *e, struct attrs *a, int usecls)
{
	const char *n, *v;
	size_t nl, vl;
	char q;

	for (;;) {
		while (p < e && (spacebyte((unsigned char)*p) || *p == '/'))
			p++;
		if (p >= e)
			return e;
		if (*p == '>')
			return p + 1;
		for (n = p; p < e && !spacebyte((unsigned char)*p) && *p != '=' &&
		    *p != '>' && *p != '/'; p++)
			;
		nl = p - n;
		if (nl == 0)
			p++;
		v = NULL;
		vl = 0;
		while (p < e && spacebyte((unsigned char)*p))
			p++;
		if (p < e && *p == '=') {
			p++;
			while (p < e && spacebyte((unsigned char)*p))
				p++;
			if (p < e && (*p == '"' || *p == '\'')) {
				q = *p++;
				for (v = p; p < e && *p != q; p++)
					;
				vl = p - v;
				if (p < e)
					p++;
			} else {
				for (v = p; p < e && !spacebyte((unsigned char)*p) &&
				    *p != '>'; p++)
					;
				vl = p - v;
			}
		}
		if (nl == 6 && findci(n, nl, "hidden") == n)
			a->hide = 1;
		else if (v == NULL)
			continue;
		else if ((nl == 5 && findci(n, nl, "class") == n) ||
		    (nl == 2 && findci(n, nl, "id") == n)) {
			if (usecls)
				a->hint |= classhint(v, vl, &a->hide);
		} else if (nl == 11 && findci(n, nl, "aria-hidden") == n &&
		    findci(v, vl, "true") == v)
			a->hide = 1;
		else if (nl == 5 && findci(n, nl, "style") == n &&
		    (findci(v, vl, "display:none") != NULL ||
		    findci(v, vl, "display: none") != NULL))
			a->hide = 1;
		else if (nl == 4 && findci(n, nl, "role") == n &&
		    (findci(v, vl, "navigation") == v || findci(v, vl, "banner") == v ||
		    findci(v, vl, "contentinfo") == v ||
		    findci(v, vl, "complementary") == v))
			a->hint |= SH_NAV;
	}
}

static uint32_t
hashname(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
push(struct html *h, uint32_t name, unsigned hint, int skip, int link,
    int box)
{
	struct helem *t = top(h), *e;

	if (h->depth == HTML_DEPTH) {
		h->over++;
		return;
	}
	e = &h->st[h->depth++];
	h->open[name & 255]++;
	e->name = name;
	e->hint = t->hint | hint;
	e->skip = t->skip || skip;
	e->link = t->link || link;
	e->box = box ? ++h->nbox : t->box;
}

/* Close the open elements down to depth d. */
static void
popto(struct html *h, int d)
{
	while (h->depth > d)
		h->open[h->st[--h->depth].name & 255]--;
}

/*
 * Close the innermost open element called name, and all inside it. Each
 * element is closed once, and an end tag with none of its name open costs
 * one look at a count: the whole page takes linear time.
 */
static void
pop(struct html *h, uint32_t name)
{
	int i;

	if (h->over > 0) {
		h->over--;
		return;
	}
	/* None of that name open: nothing to search (an unmatched end tag). */
	if (h->open[name & 255] == 0)
		return;
	for (i = h->depth - 1; i >= 0; i--)
		if (h->st[i].name == name) {
			popto(h, i);
			return;
		}
}

/* Skip raw text up to "</name" (case-insensitive); return where it starts. */
static const char *
rawend(const char *p, const char *e, const char *name)
{
	size_t nl = strlen(name);
	const char *q;

	for (q = p; (q = memchr(q, '<', e - q)) != NULL; q++)
		if (e - q > (long)nl + 2 && q[1] == '/' &&
		    findci(q + 2, nl, name) == q + 2 &&
		    !namebyte((unsigned char)q[2 + nl]))
			return q;
	return e;
}

/* Handle a start tag whose name is name[0..nl); p is after the name. */
static const char *
starttag(struct html *h, struct strip *s, const char *name, size_t nl,
    const char *p, const char *e)
{
	static uint32_t phash;
	const struct tag *t;
	struct attrs a = { 0, 0 };
	char low[16];
	uint32_t hn;
	size_t i;
	const char *r;

	for (i = 0; i < nl && i < sizeof(low) - 1; i++)
		low[i] = lower((unsigned char)name[i]);
	low[i] = '\0';
	hn = hashname(low, i);
	if (phash == 0)
		phash = hashname("p", 1);
	t = nl < sizeof(low) ? findtag(low, i, hn) : NULL;
	p = attributes(p, e, &a, t == NULL || !(t->flags & T_NOCLS));
	if (t != NULL && (t->flags & T_BR)) {
		if (++h->brs >= 2)
			flush(h, s);
		else
			h->space = 1;
		return p;
	}
	if (t != NULL && (t->flags & T_BLOCK)) {
		flush(h, s);
		/* A block closes an open p, as the HTML parsing rules say. */
		if (((t->flags & T_SAME) && top(h)->name == hn) ||
		    (h->depth > 0 && top(h)->name == phash))
			popto(h, h->depth - 1);
	}
	if (t != NULL && (t->flags & T_RAW)) {
		r = rawend(p, e, low);
		if ((t->flags & T_TITLE) && h->title.len == 0 && !top(h)->skip)
			buf_add(&h->title, p, r - p);
		return r;
	}
	if (t != NULL && (t->flags & T_VOID))
		return p;
	if (t != NULL && (t->flags & T_H1) && !top(h)->skip) {
		if ((!h->titled || (!h->titlemain && (top(h)->hint & SH_MAIN))) &&
		    !(top(h)->hint & (SH_NAV | SH_CLASS | SH_FORM)))
			h->h1 = 2;
		else
			h->h1 = 1;
	}
	push(h, hn, (t != NULL ? t->hint : 0) | a.hint,
	    a.hide || (t != NULL && (t->flags & T_SKIP)),
	    t != NULL && (t->flags & T_A), t != NULL && (t->flags & T_BOX));
	return p;
}

static const char *
endtag(struct html *h, struct strip *s, const char *name, size_t nl,
    const char *p, const char *e)
{
	const struct tag *t;
	char low[16];
	uint32_t hn;
	size_t i;
	const char *q;

	for (i = 0; i < nl && i < sizeof(low) - 1; i++)
		low[i] = lower((unsigned char)name[i]);
	low[i] = '\0';
	hn = hashname(low, i);
	t = nl < sizeof(low) ? findtag(low, i, hn) : NULL;
	if ((q = memchr(p, '>', e - p)) != NULL)
		p = q + 1;
	else
		p = e;
	if (t != NULL && (t->flags & T_BR)) {
		if (++h->brs >= 2)
			flush(h, s);
		return p;
	}
	if (t != NULL && (t->flags & T_BLOCK))
		flush(h, s);
	if (t != NULL && (t->flags & T_H1))
		h->h1 = 0;
	pop(h, hn);
	return p;
}

/* Put the <title>, cut of its " | Site" part, first when no h1 was the headline. */
static void
titleblock(struct html *h, struct strip *s)
{
	struct sblock t1;
	size_t off, len, i, cut;
	const char *t;

	if (h->titled || h->title.len == 0)
		return;
	off = h->text.len;
	h->bstart = off;
	h->space = 0;
	addtext(h, h->title.p, h->title.len);
	len = h->text.len - off;
	if (len == 0)
		return;
	t = h->text.p + off;
	/* The site's name follows the last " | ", " - ", " – ", " — " or " · ". */
	for (i = 0, cut = 0; i + 2 < len; i++) {
		if (t[i] != ' ')
			continue;
		if ((t[i + 1] == '|' || t[i + 1] == '-') && t[i + 2] == ' ')
			cut = i;
		else if (i + 4 < len && memcmp(t + i + 1, "\xe2\x80", 2) == 0 &&
		    (t[i + 3] == '\x93' || t[i + 3] == '\x94') && t[i + 4] == ' ')
			cut = i;
		else if (i + 3 < len && memcmp(t + i + 1, "\xc2\xb7 ", 3) == 0)
			cut = i;
	}
	if (cut > 0)
		len = cut;
	/* A block that opens with the title is the headline already. */
	for (i = 0; i < s->n; i++)
		if (s->b[i].len >= len && memcmp(h->text.p + s->b[i].off, t,
		    len) == 0) {
			s->b[i].hint |= SH_TITLE;
			h->text.len = off;
			return;
		}
	t1 = *strip_add(s, off, len, SH_TITLE);
	memmove(s->b + 1, s->b, (s->n - 1) * sizeof(*s->b));
	s->b[0] = t1;
	h->bstart = h->text.len;
}

void
html_blocks(struct html *h, struct strip *s, const char *p, size_t n)
{
	const char *e = p + n, *q, *name;
	size_t nl;

	buf_reset(&h->text);
	buf_reset(&h->title);
	popto(h, 0);
	h->over = 0;
	h->bstart = h->linkc = 0;
	h->space = h->brs = h->h1 = h->titled = h->titlemain = 0;
	h->nbox = 0;
	s->html = 1;
	if ((h->cp = encoding(p, n)) != FIX_UTF8) {
		decode(&h->conv, p, n, h->cp);
		p = h->conv.p;
		n = h->conv.len;
		e = p + n;
	}
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < e) {
		if ((q = memchr(p, '<', e - p)) == NULL)
			q = e;
		addtext(h, p, q - p);
		if ((p = q) == e)
			break;
		if (e - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			q = p + 4;
			while ((q = memchr(q, '-', e - q)) != NULL &&
			    !(e - q >= 3 && q[1] == '-' && q[2] == '>'))
				q++;
			p = q == NULL ? e : q + 3;
		} else if (e - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
			for (q = p + 9; q + 3 <= e && memcmp(q, "]]>", 3) != 0; q++)
				;
			addtext(h, p + 9, (q + 3 <= e ? q : e) - p - 9);
			p = q + 3 <= e ? q + 3 : e;
		} else if (e - p >= 2 && (p[1] == '!' || p[1] == '?')) {
			q = memchr(p, '>', e - p);
			p = q == NULL ? e : q + 1;
		} else if (e - p >= 3 && p[1] == '/' &&
		    namebyte((unsigned char)p[2])) {
			for (name = q = p + 2; q < e && namebyte((unsigned char)*q); q++)
				;
			nl = q - name;
			p = endtag(h, s, name, nl, q, e);
		} else if (e - p >= 2 && (((p[1] | 0x20) >= 'a' &&
		    (p[1] | 0x20) <= 'z'))) {
			for (name = q = p + 1; q < e && namebyte((unsigned char)*q); q++)
				;
			nl = q - name;
			p = starttag(h, s, name, nl, q, e);
		} else {
			addtext(h, p, 1);
			p++;
		}
	}
	flush(h, s);
	popto(h, 0);
	h->over = 0;
	titleblock(h, s);
	buf_term(&h->text);
	s->base = h->text.p;
}
