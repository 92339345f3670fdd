/* html.h: a tolerant HTML tokenizer that cuts a page into text blocks. */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "strip.h"

#define HTML_DEPTH	256	/* open elements tracked; deeper ones are flattened */

/* An open element. */
struct helem {
	uint32_t	 name;	/* hash of the lower-case tag name */
	unsigned	 hint;	/* SH_* of it and every element around it */
	int		 skip;	/* its text is not shown (hidden, script...) */
	int		 link;	/* inside <a> */
	unsigned	 box;	/* the container it is in (div, section, td...) */
};

struct html {
	struct buf	 text;	/* the text of the blocks, white space collapsed */
	struct buf	 title;	/* the <title> */
	struct buf	 tmp, conv;	/* references decoded, the page made UTF-8 */
	struct helem	 st[HTML_DEPTH];
	int		 depth, over;	/* over: elements opened past HTML_DEPTH */
	unsigned	 open[256];	/* open elements by name hash & 255 */
	size_t		 bstart;	/* where the block being read starts in text */
	size_t		 linkc;	/* its bytes inside links */
	unsigned	 bhint;	/* its hints, from its first text */
	unsigned	 bbox;	/* its container, likewise */
	unsigned	 nbox;	/* containers numbered so far */
	int		 space;	/* a space is due before the next text */
	int		 brs;	/* <br> since the last text */
	int		 h1;	/* reading an h1: 1, the main one: 2 */
	int		 titled;	/* a block got SH_TITLE */
	int		 titlemain;	/* it is inside article or main */
	size_t		 titleidx;	/* which block it is */
	int		 cp;	/* the page's encoding: FIX_UTF8 or a CP_* */
};

void	html_init(struct html *h);
void	html_free(struct html *h);
/* Does p[0..n) look like HTML (a tag such as <html>, <body>, <p> near the start)? */
int	html_sniff(const char *p, size_t n);
/*
 * Cut the page p[0..n) into blocks of s (base: h->text): paragraphs,
 * headings, list items, cells, with the hints of the elements around
 * them; the headline (main h1, else the title) marked SH_TITLE.
 */
void	html_blocks(struct html *h, struct strip *s, const char *p, size_t n);

#endif
