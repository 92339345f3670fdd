/* doc.h: documents from FILE operands, or one per ID<TAB>TEXT line (-D). */
#ifndef DOC_H
#define DOC_H

#include <stddef.h>

#include "buf.h"
#include "in.h"

/* Flags for docs_open. */
#define DOCS_LINES	1	/* -D: each input line is ID<TAB>TEXT */
#define DOCS_UTF8	2	/* skip a document that is not valid UTF-8 */

struct doc {
	const char	*id;	/* the path, "-", or the -D id (unescaped), NUL-terminated */
	size_t		 idlen;
	char		*text;	/* the bytes as read (-D: unescaped), NUL-terminated */
	size_t		 len;
	const char	*file;	/* where it was read, for messages */
	unsigned long	 line;	/* with -D, its line in file; else 0 */
	int		 many;	/* several documents may come: records carry the id */
};

struct docs {
	char		**files;
	int		 nfiles, next;
	int		 flags;
	int		 open;	/* in holds an open file */
	struct in	 in;
	struct buf	 text, id;
	struct doc	 doc;
};

/* Iterate over files[0..nfiles-1], or standard input when nfiles is 0. */
void	docs_open(struct docs *ds, char **files, int nfiles, int flags);
/*
 * Fill ds->doc with the next document; return 1, or 0 when there are no
 * more. Unreadable files and malformed -D lines are reported with
 * nu_warn/nu_skip (exit status 1) and passed over.
 */
int	docs_next(struct docs *ds);
/*
 * For programs that stream lines: open the next FILE operand as ds->in;
 * return 1, or 0 when there are no more. Unreadable ones are reported.
 */
int	docs_nextfile(struct docs *ds);
/* Read the next line of ds->in; 1, or 0 at its end (a read error is reported). */
int	docs_getline(struct docs *ds, struct line *l);
void	docs_close(struct docs *ds);

/*
 * Decode the escapes of a -D field (\\ \n \t \r \b \f \v \NNN octal):
 * append the bytes to b; return 0, or -1 if s ends in a lone backslash.
 */
int	doc_unescape(struct buf *b, const char *s, size_t n);
/* Write "ID<TAB>TEXT\n" for d with text as its new contents, both escaped. */
void	doc_put(const struct doc *d, const char *text, size_t len);

#endif
