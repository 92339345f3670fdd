/* fuzz_fix: the repair always gives valid UTF-8, is idempotent, and leaves clean text alone. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cp.h"
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
		if ((u < 0x20 && u != '\t') || u == 0x7F || u == '&' ||
		    (u >= 0x80 && u < 0x100) || u == 0xFEFF || u == 0x2028 ||
		    u == 0x2029 || (u >= 0x300 && u < 0x370) || u >= 0x3000)
			return 0;
		if (inpage(prev, 1) && inpage(u, 0))
			return 0;
		prev = u;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	const char *o, *o2, *p, *e, *nl;
	size_t on, on2;
	char *copy;

	if (f1.b[0].p == NULL && f1.flags == 0) {
		fix_init(&f1, FIX_DEFAULT, -1);
		fix_init(&f2, FIX_DEFAULT, -1);
	}
	f1.markup = f2.markup = 0;
	fix_line(&f1, (const char *)s, n, &o, &on);
	if (utf8_valid(o, on) != on)
		abort();
	if (clean(s, n) && (on != n || memcmp(o, s, n) != 0))
		abort();
	/* Again, line by line as a second run would read it: no change. */
	copy = malloc(on + 1);
	memcpy(copy, o, on);
	for (p = copy, e = copy + on; p <= e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		fix_line(&f2, p, nl - p, &o2, &on2);
		if (on2 != (size_t)(nl - p) || memcmp(o2, p, on2) != 0)
			abort();
	}
	free(copy);
	return 0;
}
