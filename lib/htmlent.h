/* htmlent.h: HTML character references (named and numeric) to code points. */
#ifndef HTMLENT_H
#define HTMLENT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * If an HTML character reference starts at s ('&', n bytes available),
 * return its length in bytes and store its code points in cp[0..*ncp-1]
 * (one or two); else return 0.  The rules of the HTML Standard for text:
 * every named reference, the legacy ones (amp, lt, eacute, ...) also
 * without ';', the longest name winning (&notit; is "¬it;"); numeric
 * &#NNN; and &#xHHH; with ';' optional, 80-9F read as Windows-1252, and
 * 0, surrogates and values past 10FFFF as U+FFFD.
 */
size_t	htmlent_ref(const char *s, size_t n, uint32_t cp[2], int *ncp);
/*
 * Append s[0..n) to b with every reference decoded to UTF-8; return how
 * many were decoded.  Any bytes, NUL included, pass through.
 */
size_t	htmlent_decode(struct buf *b, const char *s, size_t n);

/* The table of lib/tab/htmlent.c, for htmlent.c only. */
#define HTMLENT_NTAB	2125
#define HTMLENT_MAXNAME	31	/* longest name without its ';' */
#define HTMLENT_LEGACY	1	/* flag: also valid without ';' */

struct htmlent {
	uint16_t	off;	/* of the name in htmlent_pool */
	uint8_t		len;	/* of the name, without ';' */
	uint8_t		flags;	/* LEGACY | htmlent_second index << 1 */
	uint32_t	cp;
};

extern const struct htmlent htmlent_tab[HTMLENT_NTAB];
extern const char htmlent_pool[];
extern const uint32_t htmlent_second[];
/* htmlent_first[c] to htmlent_first[c + 1]: the names starting with c. */
extern const uint16_t htmlent_first[129];

#endif
