/* dates.h: find temporal expressions and normalize them to TIMEX3 values. */
#ifndef DATES_H
#define DATES_H

#include <stddef.h>

#include "doc.h"
#include "rec.h"

/* TIMEX3 types. */
enum { TX_DATE = 1, TX_TIME, TX_DURATION, TX_SET };

struct dateopt {
	int	lang;		/* lex_lang(): 0 is English */
	int	ry, rm, rd;	/* reference date, or ry 0: from the document */
};

#define DATEOPT_INIT { 0, 0, 0, 0 }

/* One expression found: its bytes, TIMEX3 type, value and mod. */
struct timex {
	size_t		 off, len;
	int		 type;
	const char	*mod;		/* NULL, or MORE_THAN, APPROX ... */
	char		 value[48];
};

/* Parse YYYY-MM-DD into o's reference date; 0, or -1 if it is no date. */
int	dates_setref(struct dateopt *o, const char *s);
/*
 * Find the expressions of text[0..len-1] in order; return their number
 * and set *tx to an array that stays valid until the next call.
 */
size_t	dates_find(const char *text, size_t len, const struct dateopt *o,
	    const struct timex **tx);
/* Write a record for each expression of d: VALUE, TYPE, TEXT (-j: mod). */
void	dates_write(const struct doc *d, const struct recopt *ro,
	    const struct dateopt *o);
/* "DATE", "TIME", "DURATION" or "SET". */
const char *dates_typename(int type);

#endif
