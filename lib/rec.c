/* rec.c: the one writer of extractor records, as TSV or JSON Lines. */
#include <string.h>

#include "news.h"
#include "out.h"
#include "rec.h"

static int json;	/* the record being written is JSON */
static int first;	/* no column written yet */

int
rec_option(struct recopt *ro, int ch)
{
	switch (ch) {
	case 'b':
		ro->bytes = 1;
		return 1;
	case 'H':
		ro->id = 1;
		return 1;
	case 'j':
		ro->json = 1;
		return 1;
	case OPT_NO_ID:
		ro->id = 0;
		return 1;
	}
	return 0;
}

/* Start a column: a TAB between TSV fields, "name": in JSON. */
static void
column(const char *name)
{
	if (json) {
		out_write(first ? "\"" : ",\"", first ? 1 : 2);
		out_puts(name);
		out_write("\":", 2);
	} else if (!first)
		out_putc('\t');
	first = 0;
}

void
rec_begin(const struct recopt *ro, const struct doc *d, size_t off,
    size_t len)
{
	json = ro->json;
	first = 1;
	if (json) {
		out_putc('{');
		rec_field("doc", d->id, d->idlen);
		rec_num("offset", (long long)off);
		rec_num("length", (long long)len);
		return;
	}
	if (ro->id > 0 || (ro->id < 0 && d->many))
		rec_field("doc", d->id, d->idlen);
	if (ro->bytes) {
		rec_num("offset", (long long)off);
		rec_num("length", (long long)len);
	}
}

void
rec_field(const char *name, const char *s, size_t n)
{
	column(name);
	if (json) {
		out_putc('"');
		out_json(s, n);
		out_putc('"');
	} else
		out_field(s, n);
}

void
rec_fields(const char *name, const char *s)
{
	rec_field(name, s, strlen(s));
}

void
rec_num(const char *name, long long v)
{
	column(name);
	if (v < 0) {
		out_putc('-');
		out_ulong(-(unsigned long long)v);
	} else
		out_ulong(v);
}

void
rec_extra(const char *name, const char *s, size_t n)
{
	if (json && s != NULL)
		rec_field(name, s, n);
}

void
rec_end(void)
{
	if (json)
		out_putc('}');
	out_putc('\n');
}
