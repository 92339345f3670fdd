/* datelex.h: the words of temporal expressions, one table per language. */
#ifndef DATELEX_H
#define DATELEX_H

#include <stddef.h>

/* Word classes: what a word means to the matcher in lib/dates.c (at most 31). */
enum {
	LX_MONTH = 1,	/* val: 1-12 */
	LX_MONABBR,	/* val: 1-12; a date only before a day or after "." */
	LX_WDAY,	/* val: 1 Monday ... 7 Sunday */
	LX_WDAYS,	/* plural weekday ("Mondays"): a set */
	LX_NUM,		/* number word; val -1: vague (several, a few) */
	LX_ORD,		/* ordinal word; val the number */
	LX_UNIT,	/* val: U_*; singular */
	LX_UNITS,	/* val: U_*; plural */
	LX_SEASON,	/* val: S_* */
	LX_PART,	/* part of the day; val: S_* */
	LX_DEICT,	/* val: D_* (today, now, recently ...) */
	LX_REL,		/* val: R_* (last, next, this, previous ...) */
	LX_MOD,		/* val: M_* (about, more than, nearly ...) */
	LX_EDGE,	/* val: M_START, M_MID, M_END (early, mid, late) */
	LX_AGO,		/* val: -1 ago, earlier; +1 later, from now */
	LX_SET,		/* val: U_* (daily, weekly, annually) */
	LX_EVERY,	/* every, each */
	LX_TZ,		/* time zone abbreviation (written in capitals) */
	LX_CLOCK,	/* val: hour (noon 12, midnight 24) */
	LX_OF,		/* of, de */
	LX_THE,		/* the, le, der, el */
	LX_THAT,	/* that, this (before day), same */
	LX_PAST,	/* a past-tense verb form */
	LX_FUT,		/* a future-tense marker (will, shall) */
	LX_BE,		/* be, being (before a participle: "being discussed today") */
	LX_TO,		/* to, through, and, until: a range's second end follows */
	LX_NOTYEAR,	/* a noun a number counts (people, troops): not a year */
	LX_CUE,		/* a word a rule starts with (once, twice, Q, fiscal) */
	LX_INNER,	/* a word inside a phrase (more than): so it is looked up */
	LX_DECADE,	/* decade word after "the" (the sixties); val: 2-9 */
	LX_HOLIDAY	/* val: month; day: the day, or -(10 n + weekday): the
			   n-th weekday of the month (5: the last) */
};

enum { U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_MONTH,
	U_QUARTER, U_YEAR, U_DECADE, U_CENTURY };
enum { S_SP = 1, S_SU, S_FA, S_WI, S_MO, S_AF, S_EV, S_NI };
enum { D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT, D_NOW, D_PAST,
	D_FUTURE };
enum { R_LAST = 1, R_PAST, R_PREV, R_THIS, R_NEXT, R_COMING, R_FOLLOWING };
enum { M_APPROX = 1, M_LESS, M_MORE, M_EQLESS, M_EQMORE, M_START, M_MID,
	M_END };

/* Flags of an entry. */
#define LXF_CAP		1	/* only when capitalized (English month names) */
#define LXF_AMBIG	2	/* also a common word (May, March): needs a date context */
#define LXF_THE		4	/* only after "the" (the past), which it includes */

struct lexent {
	const char	*words;	/* lowercase, words separated by one space */
	unsigned char	 cls;
	signed char	 val;
	unsigned char	 flags;
	signed char	 day;	/* LX_HOLIDAY: see above */
};

/* The language index of name ("en", "fr", "de", "es"), or -1. */
int	lex_lang(const char *name);
/*
 * The entries whose first word is w (n bytes, any case) in language lang,
 * longest first, ended by an entry with words NULL; NULL when there is none.
 */
const struct lexent *const *lex_find(int lang, const char *w, size_t n);
/*
 * A filter before lex_find: bit n of filter[w[0] & 31][w[n - 1] & 31] is
 * clear when no word of n bytes so begins and ends (n < 32).
 */
const unsigned (*lex_filter(int lang))[32];
/* The length in bytes of the longest first word of lang's table. */
size_t	lex_maxword(int lang);

#endif
