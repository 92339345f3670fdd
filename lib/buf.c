/* buf.c: a growable byte buffer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "news.h"

void
buf_reserve(struct buf *b, size_t n)
{
	if (n > SIZE_MAX - b->len - 1)
		nu_die("out of memory");
	if (b->len + n + 1 > b->cap)
		b->p = nu_grow(b->p, &b->cap, b->len + n + 1);
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

void
buf_addc(struct buf *b, int c)
{
	if (b->len + 2 > b->cap)
		buf_reserve(b, 1);
	b->p[b->len++] = (char)c;
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_term(struct buf *b)
{
	buf_reserve(b, 0);
	b->p[b->len] = '\0';
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
