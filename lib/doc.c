/* doc.c: documents from FILE operands, or one per ID<TAB>TEXT line (-D). */
#include <string.h>

#include "doc.h"
#include "news.h"
#include "out.h"
#include "utf8.h"

static char *stdinname[] = { "-" };

void
docs_open(struct docs *ds, char **files, int nfiles, int flags)
{
	memset(ds, 0, sizeof(*ds));
	if (nfiles <= 0) {
		files = stdinname;
		nfiles = 1;
	}
	ds->files = files;
	ds->nfiles = nfiles;
	ds->flags = flags;
	ds->doc.many = nfiles > 1 || (flags & DOCS_LINES);
}

int
docs_nextfile(struct docs *ds)
{
	const char *path;

	if (ds->open) {
		in_close(&ds->in);
		ds->open = 0;
	}
	while (ds->next < ds->nfiles) {
		path = ds->files[ds->next++];
		if (in_open(&ds->in, path) < 0) {
			nu_warn("%s:", path);
			nu_fail();
			continue;
		}
		ds->open = 1;
		ds->doc.id = ds->doc.file = path;
		ds->doc.idlen = strlen(path);
		ds->doc.line = 0;
		return 1;
	}
	return 0;
}

int
docs_getline(struct docs *ds, struct line *l)
{
	int r;

	if ((r = in_getline(&ds->in, l)) < 0) {
		nu_warn("%s:", ds->in.name);
		nu_fail();
	}
	return r > 0;
}

int
doc_unescape(struct buf *b, const char *s, size_t n)
{
	static const char from[] = "bfnrtv", to[] = "\b\f\n\r\t\v";
	const char *e = s + n, *bs, *c;
	int v, k;

	while (s < e) {
		if ((bs = memchr(s, '\\', e - s)) == NULL) {
			buf_add(b, s, e - s);
			break;
		}
		buf_add(b, s, bs - s);
		if (++bs == e)
			return -1;
		s = bs + 1;
		if (*bs >= '0' && *bs <= '7') {
			/* \NNN octal, as PostgreSQL COPY: one to three digits. */
			v = *bs - '0';
			for (k = 1; k < 3 && s < e && *s >= '0' && *s <= '7'; k++)
				v = v * 8 + (*s++ - '0');
			buf_addc(b, v & 0xFF);
		} else if ((c = strchr(from, *bs)) != NULL && *bs != '\0')
			buf_addc(b, to[c - from]);
		else
			buf_addc(b, *bs);
	}
	return 0;
}

/* Split a -D line into ds->doc; 0, or -1 after reporting why it is skipped. */
static int
parseline(struct docs *ds, const struct line *l)
{
	const char *tab;

	ds->doc.line = ds->in.lineno;
	if ((tab = memchr(l->p, '\t', l->len)) == NULL) {
		nu_skip(ds->in.name, ds->doc.line, "no TAB after the id");
		return -1;
	}
	buf_reset(&ds->id);
	buf_reset(&ds->text);
	if (doc_unescape(&ds->id, l->p, tab - l->p) < 0 ||
	    doc_unescape(&ds->text, tab + 1, l->p + l->len - tab - 1) < 0) {
		nu_skip(ds->in.name, ds->doc.line, "backslash at end of field");
		return -1;
	}
	buf_term(&ds->id);
	ds->doc.id = ds->id.p;
	ds->doc.idlen = ds->id.len;
	return 0;
}

/* Read the next document into ds->text; 1, 0 at the end. */
static int
readdoc(struct docs *ds)
{
	struct line l;

	if (ds->flags & DOCS_LINES) {
		for (;;) {
			if (!ds->open && !docs_nextfile(ds))
				return 0;
			if (!docs_getline(ds, &l)) {
				in_close(&ds->in);
				ds->open = 0;
				continue;
			}
			if (parseline(ds, &l) == 0)
				return 1;
		}
	}
	for (;;) {
		if (!docs_nextfile(ds))
			return 0;
		buf_reset(&ds->text);
		if (in_slurp(&ds->in, &ds->text) == 0)
			return 1;
		nu_warn("%s:", ds->in.name);
		nu_fail();
	}
}

int
docs_next(struct docs *ds)
{
	unsigned long bad;

	while (readdoc(ds)) {
		buf_term(&ds->text);
		ds->doc.text = ds->text.p;
		ds->doc.len = ds->text.len;
		if ((ds->flags & DOCS_UTF8) &&
		    (bad = utf8_badline(ds->doc.text, ds->doc.len)) != 0) {
			nu_skip(ds->doc.file, ds->doc.line ? ds->doc.line : bad,
			    "invalid UTF-8");
			continue;
		}
		return 1;
	}
	return 0;
}

void
docs_close(struct docs *ds)
{
	if (ds->open)
		in_close(&ds->in);
	ds->open = 0;
	buf_free(&ds->text);
	buf_free(&ds->id);
}

void
doc_put(const struct doc *d, const char *text, size_t len)
{
	out_escaped(d->id, d->idlen);
	out_putc('\t');
	out_escaped(text, len);
	out_putc('\n');
}
