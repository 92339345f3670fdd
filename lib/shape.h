/* shape.h: shapes of boilerplate lines: prompts, credits, tag lists, bullets. */
#ifndef SHAPE_H
#define SHAPE_H

#include <stddef.h>

#include "strip.h"

/* What a junk shape is, for the rules that look at its neighbours. */
enum {
	SHAPE_NONE,
	SHAPE_PROMPT,	/* call to action: subscribe, share, read more... */
	SHAPE_CREDIT,	/* photo credit, alone or after its caption */
	SHAPE_TAGS,	/* comma-separated tag list */
	SHAPE_BULLET,	/* a short bulleted item */
	SHAPE_PLACEHOLDER,	/* [image] and the like of a text dump */
	SHAPE_BYLINE,	/* By NAME */
	SHAPE_CAPTION	/* the line above a credit (set by lib/strip) */
};

/*
 * Return the SHAPE_* of the line p[0..n) whose features are in b, and set
 * *why to a short reason; SHAPE_NONE when it has none of the shapes.
 */
int	shape_of(const char *p, size_t n, const struct sblock *b, const char **why);

/* Is w[0..n) one of list[0..nl-1]? A NUL in w never matches. */
int	shape_inlist(const char *w, size_t n, const char *const *list, size_t nl);

#endif
