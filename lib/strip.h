/* strip.h: tell an article's own paragraphs from the boilerplate around them. */
#ifndef STRIP_H
#define STRIP_H

#include <stddef.h>

#include "buf.h"

/* Structural hints a block carries (from HTML, or from the text layout). */
#define SH_NAV		0x0001	/* nav, header, footer, aside, menu */
#define SH_FORM		0x0002	/* form, button, select, label */
#define SH_FIGURE	0x0004	/* figure, figcaption */
#define SH_CLASS	0x0008	/* class or id says comment, share, promo... */
#define SH_HEADING	0x0010	/* h1-h6 */
#define SH_LIST		0x0020	/* li */
#define SH_TITLE	0x0040	/* the headline (HTML: main h1 or title) */
#define SH_ATTACH	0x0080	/* text: no blank line before it */
#define SH_BYLINE	0x0100	/* class or id says byline, author, date */
#define SH_BLANK	0x0200	/* text: a blank line */
#define SH_MAIN		0x0400	/* inside article or main */
#define SH_TABLE	0x0800	/* td, th */

/* Block classes, from worst to best (jusText's bad, short, near-good, good). */
enum { SC_BAD, SC_SHORT, SC_NEAR, SC_GOOD };

/* A paragraph: one line of text, or one block of an HTML page. */
struct sblock {
	size_t		 off, len;	/* its text: base[off..off+len) */
	size_t		 linkc;		/* bytes of it inside links (HTML) */
	unsigned	 hint;		/* SH_* */
	unsigned	 seen;		/* documents it was seen in (--learn) */
	int		 counted;	/* seen is set */
	int		 para;		/* wrapped text: goes on the paragraph above */
	int		 bad;		/* holds invalid UTF-8 */
	unsigned	 box;		/* HTML: the container it is in; 0 in text */
	unsigned	 nw, nstop, ncap, ndig, nlink, nsent, nchar, ncjk;
	int		 cls;		/* SC_*: from its own features */
	int		 shape;		/* SHAPE_* of lib/shape.h */
	int		 hard;		/* a strong sign: context cannot save it */
	int		 keep;
	const char	*why;
};

/* Flags for strip_init. */
#define STRIP_NOTITLE	1	/* drop the headline */

struct strip {
	struct sblock	*b;
	size_t		 n, cap;	/* cap in bytes */
	const char	*base;
	int		 flags;
	int		 html;		/* blocks come from HTML: use their boxes */
	unsigned	 seenmin;	/* drop lines seen in this many documents (0: off) */
	/* In how many other documents was this line seen? (NULL: not asked) */
	unsigned	(*seen)(void *arg, const char *p, size_t n);
	void		*seenarg;
	struct buf	 text;		/* lines given by strip_line */
	int		 prevblank;	/* the last line given was blank */
	int		 started;	/* lines of this document were written */
	size_t		 tried;		/* blocks held at the last strip_ready without a cut */
	size_t		 head;		/* the headline's block, or (size_t)-1 */
	int		 wrapped;	/* lines are wrapped at width characters */
	int		 wrapdone;	/* wrapped is decided */
	int		 promote;	/* no long paragraph: medium ones are good */
	size_t		 width;
};

void	strip_init(struct strip *s, int flags);
/* Forget the blocks of the last document. */
void	strip_reset(struct strip *s);
void	strip_free(struct strip *s);
/* Append a block of base[off..off+len) with hints; return it. */
struct sblock	*strip_add(struct strip *s, size_t off, size_t len, unsigned hint);
/* Split plain text, one paragraph a line, into blocks (base = text). */
void	strip_text(struct strip *s, const char *text, size_t len);
/* Decide every block of s: keep, cls and why. */
void	strip_classify(struct strip *s);
/*
 * Plain text as a stream: strip_line copies one line in; strip_ready
 * classifies what is held and returns how many blocks from the first are
 * decided for good (all at eof, else often 0); strip_write them, then
 * strip_shift them out. Memory stays bounded by a window of lines.
 */
void	strip_line(struct strip *s, const char *p, size_t n);
size_t	strip_ready(struct strip *s, int eof);
void	strip_shift(struct strip *s, size_t k);
/* What strip_write writes. */
enum { STRIP_KEPT, STRIP_DROPPED, STRIP_EXPLAIN };
/*
 * Append to out the first n blocks that are kept (or dropped, or every one
 * as KEEP|DROP<TAB>why<TAB>text), one a line, invalid UTF-8 as U+FFFD.
 */
void	strip_write(const struct strip *s, size_t n, struct buf *out, int what);
/* Measure one block's features (words, stop words, capitals...). */
void	strip_features(struct sblock *b, const char *p, size_t n);

#endif
