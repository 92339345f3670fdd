/* fuzz_fix: the repair always gives valid UTF-8, is idempotent, and leaves clean text alone. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cp.h"
#include "buf.h"
#include "fix.h"
#include "norm.h"
#include "utf8.h"

static struct fix f1, f2;

/* Could character u lead a UTF-8 sequence in some code page, or follow one? */
static int
inpage(uint32_t u, int lead)
{
	int cp, b;

	if (u == ' ' || u == '?' || u == UTF8_REPL)
		return !lead;
	for (cp = 0; cp < CP_N; cp++) {
		b = u >= 0x80 && u < 0xA0 ? (int)u : cp_encode(cp, u);
		if (b >= 0x80 && (lead ? b >= 0xC2 && b <= 0xF4 : b < 0xC0))
			return 1;
	}
	return 0;
}

/*
 * Clean: valid UTF-8, no controls but tab, no '&', no C1, no U+FEFF,
 * U+2028, U+2029, nothing that could be a UTF-8 sequence read through a
 * code page, and nothing NFC would change.
 */
static int
clean(const uint8_t *s, size_t n)
{
	uint32_t u, prev = 0;
	size_t i = 0;
	int k;

	if (utf8_valid((const char *)s, n) != n || !norm_isnfc((const char *)s, n))
		return 0;
	while (i < n) {
		k = utf8_decode(s + i, n - i, &u);
		i += k;
		if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7F || u == '&' ||
		    (u >= 0x80 && u < 0x100) || u == 0xFEFF || u == 0x2028 ||
		    u == 0x2029 || (u >= 0x300 && u < 0x370) || u >= 0x3000)
			return 0;
		if (inpage(prev, 1) && inpage(u, 0))
			return 0;
		prev = u;
	}
	return 1;
}

/* Repair s as a document, a line at a time as the program does, into b. */
static void
run(struct fix *f, const char *s, size_t n, struct buf *b)
{
	const char *p, *e, *nl, *o;
	size_t on;

	if (s == NULL)
		s = "";
	e = s + n;
	f->markup = 0;
	buf_reset(b);
	for (p = s; ; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		fix_line(f, p, nl - p, &o, &on);
		buf_add(b, o, on);
		if (nl == e)
			break;
		buf_addc(b, '\n');
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	static struct buf b1, b2;

	if (f1.flags == 0) {
		fix_init(&f1, FIX_DEFAULT, -1);
		fix_init(&f2, FIX_DEFAULT, -1);
	}
	run(&f1, (const char *)s, n, &b1);
	if (utf8_valid(b1.p, b1.len) != b1.len)
		abort();
	if (clean(s, n) && (b1.len != n || (n > 0 && memcmp(b1.p, s, n) != 0)))
		abort();
	/* Again, as a second run reads it: no change. */
	run(&f2, b1.p, b1.len, &b2);
	if (b2.len != b1.len || (b1.len > 0 && memcmp(b1.p, b2.p, b1.len) != 0))
		abort();
	return 0;
}
