/* htmlent.c: HTML character references (named and numeric) to code points. */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "htmlent.h"
#include "utf8.h"

/*
 * The HTML Standard (13.2.5.80, numeric character reference end state)
 * reads the C1 range as Windows-1252; the five bytes that code page leaves
 * undefined stay as they are.
 */
static const uint16_t c1tab[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

static int
isalnum_ascii(int c)
{
	return (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Parse &#NNN or &#xHHH at s (s[0] '&', s[1] '#'); 0 when no digit follows. */
static size_t
numeric(const char *s, size_t n, uint32_t *cp)
{
	size_t i = 2, start;
	uint32_t v = 0;
	int base = 10, d;

	if (i < n && (s[i] | 0x20) == 'x') {
		base = 16;
		i++;
	}
	for (start = i; i < n; i++) {
		d = base == 16 ? hexval((unsigned char)s[i]) :
		    (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
		if (d < 0)
			break;
		v = v > 0x10FFFF ? 0x110000 : v * base + d;
	}
	if (i == start)
		return 0;
	if (i < n && s[i] == ';')
		i++;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		v = UTF8_REPL;
	else if (v >= 0x80 && v <= 0x9F)
		v = c1tab[v - 0x80];
	*cp = v;
	return i;
}

/* Find the name s[0..n) (ASCII letters and digits, n > 0); -1 if absent. */
static int
lookup(const char *s, size_t n)
{
	size_t lo, hi, mid, m;
	const struct htmlent *e;
	int c;

	lo = htmlent_first[(unsigned char)s[0]];
	hi = htmlent_first[(unsigned char)s[0] + 1];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		e = &htmlent_tab[mid];
		m = n < e->len ? n : e->len;
		c = memcmp(s, htmlent_pool + e->off, m);
		if (c == 0)
			c = n < e->len ? -1 : n > e->len;
		if (c == 0)
			return (int)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

static void
store(int i, uint32_t cp[2], int *ncp)
{
	const struct htmlent *e = &htmlent_tab[i];

	cp[0] = e->cp;
	*ncp = 1;
	if (e->flags >> 1) {
		cp[1] = htmlent_second[e->flags >> 1];
		*ncp = 2;
	}
}

/*
 * Named references (HTML Standard 13.2.5.73): the longest name in the table
 * that the text starts with.  Names are letters and digits, so a name with
 * its ';' can only be the whole run of them; failing that, the longest
 * legacy name that is a prefix of the run.
 */
static size_t
named(const char *s, size_t n, uint32_t cp[2], int *ncp)
{
	size_t run, k;
	int i;

	for (run = 0; run + 1 < n && run <= HTMLENT_MAXNAME &&
	    isalnum_ascii((unsigned char)s[run + 1]); run++)
		;
	if (run == 0)
		return 0;
	if (run <= HTMLENT_MAXNAME && run + 1 < n && s[run + 1] == ';' &&
	    (i = lookup(s + 1, run)) >= 0) {
		store(i, cp, ncp);
		return run + 2;
	}
	for (k = run < 6 ? run : 6; k >= 2; k--) {
		i = lookup(s + 1, k);
		if (i >= 0 && (htmlent_tab[i].flags & HTMLENT_LEGACY)) {
			store(i, cp, ncp);
			return k + 1;
		}
	}
	return 0;
}

size_t
htmlent_ref(const char *s, size_t n, uint32_t cp[2], int *ncp)
{
	size_t len;

	if (n < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		if ((len = numeric(s, n, &cp[0])) > 0)
			*ncp = 1;
		return len;
	}
	return named(s, n, cp, ncp);
}

size_t
htmlent_decode(struct buf *b, const char *s, size_t n)
{
	const char *amp, *end;
	char enc[2 * UTF8_MAX];
	uint32_t cp[2];
	size_t len, count = 0;
	int ncp, k, i;

	if (n == 0)
		return 0;
	end = s + n;
	while (s < end && (amp = memchr(s, '&', end - s)) != NULL) {
		buf_add(b, s, amp - s);
		len = htmlent_ref(amp, end - amp, cp, &ncp);
		if (len == 0) {
			buf_addc(b, '&');
			s = amp + 1;
			continue;
		}
		for (i = k = 0; i < ncp; i++)
			k += utf8_encode(cp[i], enc + k);
		buf_add(b, enc, k);
		s = amp + len;
		count++;
	}
	buf_add(b, s, end - s);
	return count;
}
