/* buf.h: a growable byte buffer; NUL is data, the contents are not a C string. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Make room for n more bytes. */
void	buf_reserve(struct buf *b, size_t n);
void	buf_add(struct buf *b, const void *p, size_t n);
void	buf_addc(struct buf *b, int c);
void	buf_adds(struct buf *b, const char *s);
/* Append a NUL after the contents without counting it, so b->p is a C string. */
void	buf_term(struct buf *b);
void	buf_reset(struct buf *b);
void	buf_free(struct buf *b);

#endif
