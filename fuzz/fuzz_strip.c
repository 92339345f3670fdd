/* fuzz_strip: any text is classified line by line; the output is valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "strip.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct strip st;
	struct buf out = BUF_INIT;
	size_t i, lines = 1;

	for (i = 0; i < n; i++)
		lines += s[i] == '\n';
	strip_init(&st, 0);
	strip_text(&st, (const char *)s, n);
	if (st.n > lines)
		abort();
	strip_classify(&st);
	for (i = 0; i < st.n; i++)
		if (st.b[i].why == NULL || st.b[i].off + st.b[i].len > n)
			abort();
	strip_write(&st, st.n, &out, STRIP_KEPT);
	if (out.len > 0 && utf8_valid(out.p, out.len) != out.len)
		abort();
	buf_free(&out);
	strip_free(&st);
	return 0;
}
