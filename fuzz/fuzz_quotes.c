/* fuzz_quotes: quote_scan stays inside the document whatever its bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"

static struct quote_ctx *qc;
static const char *base;
static size_t size;

static void
inside(const char *p, size_t n)
{
	if (p == NULL ? n != 0 : p < base || n > size || p - base > (long)(size - n))
		abort();
}

static void
check(const struct quote_rec *r, void *arg)
{
	size_t *last = arg;

	if (r->len == 0 || r->off > size || r->len > size - r->off)
		abort();
	if (r->off < *last)
		abort();		/* records come in document order */
	*last = r->off;
	inside(r->speaker, r->speakerlen);
	inside(r->mention, r->mentionlen);
	inside(r->cue, r->cuelen);
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	char *copy;
	size_t last = 0;

	if (qc == NULL)
		qc = quote_new();
	/* an exact-size copy, so ASan sees any read past the end */
	if ((copy = malloc(n ? n : 1)) == NULL)
		return 0;
	memcpy(copy, s, n);
	base = copy;
	size = n;
	quote_scan(qc, copy, n, check, &last);
	free(copy);
	return 0;
}
