/* fix.h: repair mojibake, legacy encodings and stray characters, a line at a time. */
#ifndef FIX_H
#define FIX_H

#include <stddef.h>

#include "buf.h"

/* The steps, for fix_init's flags and for what fix_line did. */
#define FIX_LEGACY	0x0001	/* bytes that are not UTF-8, from a code page */
#define FIX_ESCAPES	0x0002	/* terminal escape sequences */
#define FIX_BOM		0x0004	/* byte order marks */
#define FIX_ENTITIES	0x0008	/* HTML character references */
#define FIX_MOJIBAKE	0x0010	/* UTF-8 decoded through a code page */
#define FIX_C1		0x0020	/* C1 controls standing for Windows-1252 */
#define FIX_CONTROLS	0x0040	/* other control characters */
#define FIX_BREAKS	0x0080	/* CR, NEL, U+2028, U+2029 line breaks */
#define FIX_NFC		0x0100	/* normalization form C */
#define FIX_UNCURL	0x0200	/* typographic quotes to ASCII */
#define FIX_LIGATURES	0x0400	/* ligatures and digraphs to letters */
#define FIX_WIDTH	0x0800	/* full-width forms to ASCII */
#define FIX_INVALID	0x1000	/* undecodable bytes became U+FFFD */
#define FIX_DEFAULT	0x01FF

#define FIX_MAXLAYER	4	/* mojibake undone at most this many times over */

struct fix {
	int		 flags;
	int		 from;	/* -1: guess; FIX_UTF8; else the code page of the input */
	int		 guess;	/* with from -1: the page guessed for the document, or -1 */
	int		 markup;	/* the document is HTML: leave references alone;
				   set by fix_line, reset it for each document */
	struct buf	 b[2], m[2], r[3], w[4];	/* work buffers */
	int		 cur;	/* b[cur] holds the line so far */
	/* What the last fix_line did: */
	int		 did;
	int		 legacy;	/* the code page the line was decoded from */
	int		 layer[FIX_MAXLAYER];	/* code pages of the mojibake undone */
	int		 nlayer;
	unsigned long	 nrepl;	/* U+FFFD written for undecodable bytes, in all */
};

#define FIX_UTF8	(-2)

void	fix_init(struct fix *f, int flags, int from);
void	fix_free(struct fix *f);
/*
 * Repair the line s (without its newline); set *out and *outlen to the
 * result, valid UTF-8, valid until the next call. What was done is left
 * in f->did and the fields after it.
 */
void	fix_line(struct fix *f, const char *s, size_t n, const char **out, size_t *outlen);
/*
 * The code page that most plausibly produced the bytes s (not UTF-8);
 * used for a whole document before it is cut into lines.
 */
int	fix_guess(const char *s, size_t n);
/* Decode s from code page cp (or FIX_UTF8) into b; count U+FFFD in f->nrepl. */
void	fix_decode(struct fix *f, struct buf *b, const char *s, size_t n, int cp);
/* Append the names of the steps of the last fix_line, comma-separated. */
void	fix_names(const struct fix *f, struct buf *b);

#endif
