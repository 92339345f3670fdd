/* learn.c: a bounded, aged count of lines across documents, kept in a file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "learn.h"
#include "news.h"
#include "out.h"

/*
 * The file: MAGIC, the run number and the entry count (32 bits each),
 * then each entry as hash (64 bits), documents, last run (32 bits each),
 * all little-endian.
 */
#define MAGIC	"NSTRIPL1"
#define HEAD	16
#define ENTRY	16

static void
put32(unsigned char *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = v >> (8 * i);
}

static uint32_t
get32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

static struct lentry *
slot(struct lentry *t, size_t size, uint64_t h)
{
	size_t i = h & (size - 1);

	while (t[i].h != 0 && t[i].h != h)
		i = (i + 1) & (size - 1);
	return &t[i];
}

static void
grow(struct learn *lr)
{
	struct lentry *old = lr->t, *e;
	size_t i, osize = lr->size;

	lr->size = osize ? osize * 2 : 1024;
	lr->t = nu_calloc(lr->size, sizeof(*lr->t));
	for (i = 0; i < osize; i++)
		if (old[i].h != 0) {
			e = slot(lr->t, lr->size, old[i].h);
			*e = old[i];
		}
	free(old);
}

/* Find or add the entry of hash h. */
static struct lentry *
get(struct learn *lr, uint64_t h)
{
	struct lentry *e;

	if ((lr->n + 1) * 2 > lr->size)
		grow(lr);
	e = slot(lr->t, lr->size, h);
	if (e->h == 0) {
		e->h = h;
		lr->n++;
	}
	return e;
}

/* Read the state file into lr (empty if there is none); 0, or -1 with errno. */
static int
load(struct learn *lr, const char *path)
{
	struct buf b = BUF_INIT;
	unsigned char *p;
	struct lentry *e;
	char chunk[65536];
	ssize_t r;
	uint32_t i, n;
	uint64_t h;
	int fd;

	if ((fd = open(path, O_RDONLY)) < 0)
		return errno == ENOENT ? 0 : -1;
	while ((r = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(&b, chunk, r);
	close(fd);
	if (r < 0) {
		buf_free(&b);
		return -1;
	}
	p = (unsigned char *)b.p;
	if (b.len < HEAD || memcmp(p, MAGIC, 8) != 0 ||
	    (b.len - HEAD) % ENTRY != 0 ||
	    (n = get32(p + 12)) != (b.len - HEAD) / ENTRY) {
		buf_free(&b);
		errno = EINVAL;
		return -1;
	}
	lr->gen = get32(p + 8);
	for (i = 0, p += HEAD; i < n; i++, p += ENTRY) {
		h = get32(p) | (uint64_t)get32(p + 4) << 32;
		if (h == 0)
			continue;
		e = get(lr, h);
		e->docs = get32(p + 8);
		e->last = get32(p + 12);
	}
	buf_free(&b);
	return 0;
}

int
learn_open(struct learn *lr, const char *path)
{
	memset(lr, 0, sizeof(*lr));
	lr->path = path;
	return load(lr, path);
}

void
learn_next(struct learn *lr)
{
	lr->doc++;
}

/*
 * The line normalized (ASCII lower case, digits as 0, runs of white space
 * as one, ends trimmed) and hashed with 64-bit FNV-1a: a footer that
 * differs only in its year or its case is one line.
 */
static uint64_t
linehash(const char *p, size_t n)
{
	uint64_t h = 14695981039346656037u;
	size_t i;
	int c, sp = 0, any = 0;

	for (i = 0; i < n; i++) {
		c = (unsigned char)p[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			sp = any;
			continue;
		}
		if (sp)
			h = (h ^ ' ') * 1099511628211u;
		sp = 0;
		any = 1;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		else if (c >= '0' && c <= '9')
			c = '0';
		h = (h ^ c) * 1099511628211u;
	}
	return !any ? 0 : h == 0 ? 1 : h;
}

unsigned
learn_line(struct learn *lr, const char *p, size_t n)
{
	struct lentry *e;
	uint64_t h;

	if ((h = linehash(p, n)) == 0)
		return 0;
	e = get(lr, h);
	if (e->doc == lr->doc && lr->doc != 0)
		return e->docs > 0 ? e->docs - 1 : 0;
	e->doc = lr->doc;
	e->docs++;
	e->delta++;
	return e->docs - 1;
}

/* Newest first, then most seen: the order in which entries are kept. */
static int
keeporder(const void *a, const void *b)
{
	const struct lentry *x = a, *y = b;

	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	if (x->docs != y->docs)
		return x->docs > y->docs ? -1 : 1;
	return x->h < y->h ? -1 : x->h > y->h;
}

/* Write the entries of cur to a new file beside path and rename it over. */
static int
store(struct learn *cur, const char *path)
{
	struct lentry *v;
	struct buf tmp = BUF_INIT, b = BUF_INIT;
	unsigned char rec[ENTRY];
	size_t i, n = 0;
	int fd, err;

	v = nu_calloc(cur->n + 1, sizeof(*v));
	for (i = 0; i < cur->size; i++)
		if (cur->t[i].h != 0 && cur->gen - cur->t[i].last <= LEARN_AGE)
			v[n++] = cur->t[i];
	qsort(v, n, sizeof(*v), keeporder);
	if (n > LEARN_MAX)
		n = LEARN_MAX;
	buf_add(&b, MAGIC, 8);
	put32(rec, cur->gen);
	put32(rec + 4, n);
	buf_add(&b, rec, 8);
	for (i = 0; i < n; i++) {
		put32(rec, v[i].h);
		put32(rec + 4, v[i].h >> 32);
		put32(rec + 8, v[i].docs);
		put32(rec + 12, v[i].last);
		buf_add(&b, rec, ENTRY);
	}
	free(v);
	buf_adds(&tmp, path);
	buf_adds(&tmp, ".XXXXXX");
	buf_term(&tmp);
	if ((fd = mkstemp(tmp.p)) < 0) {
		err = errno;
		buf_free(&tmp);
		buf_free(&b);
		errno = err;
		return -1;
	}
	if (out_writeall(fd, b.p, b.len) < 0 || fsync(fd) < 0 ||
	    close(fd) < 0 || rename(tmp.p, path) < 0) {
		err = errno;
		unlink(tmp.p);
		buf_free(&tmp);
		buf_free(&b);
		errno = err;
		return -1;
	}
	buf_free(&tmp);
	buf_free(&b);
	return 0;
}

int
learn_save(struct learn *lr)
{
	struct learn cur;
	struct lentry *e, *c;
	struct buf lock = BUF_INIT;
	struct flock fl;
	size_t i;
	int fd, r = -1, err = 0;

	buf_adds(&lock, lr->path);
	buf_adds(&lock, ".lock");
	buf_term(&lock);
	if ((fd = open(lock.p, O_RDWR | O_CREAT, 0666)) < 0) {
		buf_free(&lock);
		return -1;
	}
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	/* Another run may have saved since we read: merge into its file. */
	if (fcntl(fd, F_SETLKW, &fl) == 0 && learn_open(&cur, lr->path) == 0) {
		cur.gen = (cur.gen > lr->gen ? cur.gen : lr->gen) + 1;
		for (i = 0; i < lr->size; i++) {
			e = &lr->t[i];
			if (e->h == 0 || e->delta == 0)
				continue;
			c = get(&cur, e->h);
			c->docs += e->delta;
			c->last = cur.gen;
		}
		r = store(&cur, lr->path);
		err = errno;
		learn_free(&cur);
	} else
		err = errno;
	close(fd);
	buf_free(&lock);
	errno = err;
	return r;
}

void
learn_free(struct learn *lr)
{
	free(lr->t);
	lr->t = NULL;
	lr->n = lr->size = 0;
}
