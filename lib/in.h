/* in.h: buffered input of lines of any length and of whole files. */
#ifndef IN_H
#define IN_H

#include <stddef.h>

#include "buf.h"

#define IN_BUFSIZ	65536

/* A line: not a C string; NUL bytes are data. */
struct line {
	char	*p;
	size_t	 len;	/* without the terminator */
	int	 nl;	/* 1 if it ended in '\n', 0 if it was the last, unterminated */
	int	 cr;	/* 1 if a '\r' stood before the '\n' (not in len) */
};

struct in {
	int		 fd;
	const char	*name;	/* for messages: the path, or "-" */
	char		*buf;
	size_t		 pos, end;
	struct buf	 lb;	/* a line that crosses the read buffer */
	unsigned long	 lineno;
	int		 eof;
};

/* Open path ("-" is standard input); return 0, or -1 with errno set. */
int	in_open(struct in *in, const char *path);
/* Read the next line into *l, valid until the next call; 1, 0 at end, -1 on error (errno). */
int	in_getline(struct in *in, struct line *l);
/* Refill buf (pos and end) with what comes next; 1, 0 at end of file, -1 on error. */
int	in_fill(struct in *in);
/* Append everything left to read to b; 0, or -1 on error (errno). */
int	in_slurp(struct in *in, struct buf *b);
/* Close (standard input is left open) and free the buffers. */
void	in_close(struct in *in);

#endif
