/* fuzz_unescape: the -D parser never fails on its own escaping of any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"

/* Escape as out_escaped does, into b. */
static void
escape(struct buf *b, const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		case '\0': buf_add(b, "\\000", 4); break;
		default: buf_addc(b, s[i]);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct buf a = BUF_INIT, e = BUF_INIT, u = BUF_INIT;

	/* Any input unescapes without overrunning, or is refused. */
	if (doc_unescape(&a, (const char *)s, n) == 0 && a.len > n)
		abort();
	/* Escaping then unescaping gives back every byte. */
	escape(&e, s, n);
	if (memchr(e.p ? e.p : "", '\n', e.len) != NULL)
		abort();
	if (doc_unescape(&u, e.p ? e.p : "", e.len) != 0 || u.len != n ||
	    (n > 0 && memcmp(u.p, s, n) != 0))
		abort();
	buf_free(&a);
	buf_free(&e);
	buf_free(&u);
	return 0;
}
