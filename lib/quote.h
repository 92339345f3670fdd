/* quote.h: direct quotations and their speakers in a news document. */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

/* Spans point into the document text; a NULL span is empty. */
struct quote_rec {
	size_t		 off, len;	/* the quoted text, marks left out */
	const char	*speaker;	/* the fullest name given to the speaker */
	size_t		 speakerlen;
	const char	*mention;	/* the speaker as written at the cue */
	size_t		 mentionlen;
	const char	*cue;		/* the reporting verb as written */
	size_t		 cuelen;
	int		 partial;	/* part of the narrator's sentence */
};

typedef void quote_fn(const struct quote_rec *, void *);

/* Working memory reused from one document to the next. */
struct quote_ctx;

struct quote_ctx	*quote_new(void);
void	quote_free(struct quote_ctx *);
/*
 * Find the direct quotations of the n bytes at s, a document whose lines
 * are paragraphs, and call fn(rec, arg) for each in document order.
 */
void	quote_scan(struct quote_ctx *, const char *s, size_t n, quote_fn *fn,
	    void *arg);
/* Return 1 if the n bytes at w are one of the reporting verbs. */
int	quote_iscue(const char *w, size_t n);
/*
 * Return 1 if the line of n bytes at s is shaped like a photo credit
 * (Photo: Ann Lee, (Image Ann Lee / The Courier)): the names there are no
 * one a pronoun or a role may point back to.
 */
int	quote_iscredit(const char *s, size_t n);

#endif
