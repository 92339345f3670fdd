/* fuzz_html: the HTML tokenizer cuts any bytes into blocks inside its text. */
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "html.h"
#include "strip.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct html h;
	struct strip st;
	struct buf out = BUF_INIT;
	size_t i;

	html_init(&h);
	strip_init(&st, 0);
	html_blocks(&h, &st, (const char *)s, n);
	for (i = 0; i < st.n; i++)
		if (st.b[i].off + st.b[i].len > h.text.len ||
		    st.b[i].linkc > st.b[i].len)
			abort();
	strip_classify(&st);
	strip_write(&st, st.n, &out, STRIP_EXPLAIN);
	/* What is written is valid UTF-8 whatever came in. */
	if (out.len > 0 && utf8_valid(out.p, out.len) != out.len)
		abort();
	buf_free(&out);
	strip_free(&st);
	html_free(&h);
	return 0;
}
