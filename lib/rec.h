/* rec.h: the one writer of extractor records, as TSV or JSON Lines. */
#ifndef REC_H
#define REC_H

#include <stddef.h>

#include "doc.h"

struct recopt {
	int	id;	/* -H: 1, --no-id: 0, -1: when several documents */
	int	bytes;	/* -b */
	int	json;	/* -j */
};

#define RECOPT_INIT { -1, 0, 0 }

/* getopt_long entries for -b, -H, -j and their long forms, and --no-id. */
#define REC_LONGOPTS \
	{ "byte-offset", no_argument, NULL, 'b' }, \
	{ "with-id", no_argument, NULL, 'H' }, \
	{ "json", no_argument, NULL, 'j' }, \
	{ "no-id", no_argument, NULL, OPT_NO_ID }

/* Take -b, -H, -j or --no-id into ro; return 1, or 0 if ch is none of them. */
int	rec_option(struct recopt *ro, int ch);
/* Start a record for the match of len bytes at off in d. */
void	rec_begin(const struct recopt *ro, const struct doc *d, size_t off,
	    size_t len);
/* A column: a TSV field, or a JSON string member named name. */
void	rec_field(const char *name, const char *s, size_t n);
void	rec_fields(const char *name, const char *s);
/* A number column. */
void	rec_num(const char *name, long long v);
/* A member written only in JSON (-j), e.g. cue or mode; skipped when s is NULL. */
void	rec_extra(const char *name, const char *s, size_t n);
void	rec_end(void);

#endif
