/* in.c: buffered input of lines of any length and of whole files. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "in.h"
#include "news.h"

int
in_open(struct in *in, const char *path)
{
	memset(in, 0, sizeof(*in));
	in->name = path;
	if (strcmp(path, "-") == 0)
		in->fd = STDIN_FILENO;
	else if ((in->fd = open(path, O_RDONLY)) < 0)
		return -1;
	in->buf = nu_alloc(IN_BUFSIZ);
	return 0;
}

int
in_fill(struct in *in)
{
	ssize_t r;

	if (in->eof)
		return 0;
	do
		r = read(in->fd, in->buf, IN_BUFSIZ);
	while (r < 0 && errno == EINTR);
	if (r < 0)
		return -1;
	in->pos = 0;
	in->end = r;
	if (r == 0)
		in->eof = 1;
	return r > 0;
}

static void
setline(struct in *in, struct line *l, char *p, size_t len, int nl)
{
	l->p = p;
	l->len = len;
	l->nl = nl;
	l->cr = nl && len > 0 && p[len - 1] == '\r';
	if (l->cr)
		l->len--;
	in->lineno++;
}

int
in_getline(struct in *in, struct line *l)
{
	char *p, *nl;
	size_t n;
	int r;

	in->lb.len = 0;
	for (;;) {
		if (in->pos == in->end) {
			if ((r = in_fill(in)) < 0)
				return -1;
			if (r == 0) {
				if (in->lb.len == 0)
					return 0;
				setline(in, l, in->lb.p, in->lb.len, 0);
				return 1;
			}
		}
		p = in->buf + in->pos;
		n = in->end - in->pos;
		if ((nl = memchr(p, '\n', n)) == NULL) {
			/* The line goes on past the buffer: keep what there is. */
			buf_add(&in->lb, p, n);
			in->pos = in->end;
			continue;
		}
		n = nl - p;
		in->pos += n + 1;
		if (in->lb.len == 0) {
			setline(in, l, p, n, 1);
			return 1;
		}
		buf_add(&in->lb, p, n);
		setline(in, l, in->lb.p, in->lb.len, 1);
		return 1;
	}
}

int
in_slurp(struct in *in, struct buf *b)
{
	ssize_t r;

	buf_add(b, in->buf + in->pos, in->end - in->pos);
	in->pos = in->end;
	while (!in->eof) {
		buf_reserve(b, IN_BUFSIZ);
		do
			r = read(in->fd, b->p + b->len, b->cap - b->len - 1);
		while (r < 0 && errno == EINTR);
		if (r < 0)
			return -1;
		if (r == 0)
			in->eof = 1;
		b->len += r;
	}
	return 0;
}

void
in_close(struct in *in)
{
	if (in->fd != STDIN_FILENO && in->fd >= 0)
		close(in->fd);
	in->fd = -1;
	free(in->buf);
	in->buf = NULL;
	buf_free(&in->lb);
}
