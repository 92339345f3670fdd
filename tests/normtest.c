/*
 * normtest: check norm_nfc against the Unicode NormalizationTest.txt read
 * from stdin: c2 == NFC(c1) == NFC(c2) == NFC(c3), c4 == NFC(c4) == NFC(c5),
 * and, for every character Part 1 does not list, NFC(x) == x.  Whenever
 * norm_isnfc says a string is NFC, norm_nfc must leave it as it is.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "norm.h"
#include "utf8.h"

static unsigned char listed[0x110000 / 8];
static unsigned long nfail, ntest;

/* Parse space-separated hex code points up to ';' into b as UTF-8; return the end. */
static char *
field(char *s, struct buf *b, uint32_t *first, int *count)
{
	char enc[UTF8_MAX], *end;
	uint32_t cp;

	buf_reset(b);
	*count = 0;
	while (*s == ' ')
		s++;
	while (*s != ';' && *s != '\0') {
		cp = strtoul(s, &end, 16);
		if (end == s)
			return NULL;
		if ((*count)++ == 0)
			*first = cp;
		buf_add(b, enc, utf8_encode(cp, enc));
		for (s = end; *s == ' '; s++)
			;
	}
	return *s == ';' ? s + 1 : NULL;
}

/* Check NFC(b) == want, and that norm_isnfc(b) implies b == want. */
static void
expect(const struct buf *in, const struct buf *want, const char *what,
    unsigned long line)
{
	struct buf got = BUF_INIT;
	int isnfc = norm_isnfc(in->p, in->len);

	ntest++;
	norm_nfc(&got, in->p, in->len);
	if (got.len != want->len || memcmp(got.p, want->p, got.len) != 0) {
		if (nfail++ < 20)
			fprintf(stderr, "normtest: line %lu: NFC(%s) wrong\n", line, what);
	} else if (isnfc && (in->len != want->len || memcmp(in->p, want->p, in->len) != 0)) {
		if (nfail++ < 20)
			fprintf(stderr, "normtest: line %lu: %s passes the "
			    "quick check but is not NFC\n", line, what);
	}
	buf_free(&got);
}

static void
unlisted(void)
{
	struct buf x = BUF_INIT;
	char enc[UTF8_MAX];
	uint32_t cp;

	for (cp = 0; cp < 0x110000; cp++) {
		if ((cp >= 0xD800 && cp <= 0xDFFF) || listed[cp / 8] & (1 << cp % 8))
			continue;
		buf_reset(&x);
		buf_add(&x, enc, utf8_encode(cp, enc));
		expect(&x, &x, "unlisted character", 0);
	}
	buf_free(&x);
}

int
main(void)
{
	struct buf c[5] = { BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT };
	char *line = NULL, *s;
	size_t cap = 0;
	unsigned long lineno = 0;
	uint32_t first = 0;
	int part = -1, count, i;

	while (getline(&line, &cap, stdin) > 0) {
		lineno++;
		if (line[0] == '@') {
			part = atoi(line + 5);
			continue;
		}
		if (line[0] == '#' || line[0] == '\n')
			continue;
		s = field(line, &c[0], &first, &count);
		if (s != NULL && part == 1 && count == 1)
			listed[first / 8] |= 1 << first % 8;
		for (i = 1; i < 5 && s != NULL; i++)
			s = field(s, &c[i], &first, &count);
		if (s == NULL) {
			fprintf(stderr, "normtest: line %lu: bad line\n", lineno);
			exit(2);
		}
		expect(&c[0], &c[1], "c1", lineno);
		expect(&c[1], &c[1], "c2", lineno);
		expect(&c[2], &c[1], "c3", lineno);
		expect(&c[3], &c[3], "c4", lineno);
		expect(&c[4], &c[3], "c5", lineno);
	}
	if (lineno == 0) {
		fprintf(stderr, "normtest: no input\n");
		return 2;
	}
	free(line);
	for (i = 0; i < 5; i++)
		buf_free(&c[i]);
	unlisted();
	printf("check-nfc: %lu of %lu NormalizationTest.txt checks passed\n",
	    ntest - nfail, ntest);
	return nfail == 0 ? 0 : 1;
}
