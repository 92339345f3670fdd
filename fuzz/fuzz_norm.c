/* fuzz_norm: NFC output is valid UTF-8 when the input is, NFC and idempotent. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "norm.h"
#include "utf8.h"

/*
 * Raw bytes reach few combining sequences, so with the first byte odd the
 * rest is read as code points, two bytes each, folded onto the ranges
 * where normalization happens (Latin, Greek, marks, Indic, Hangul).
 */
static void
mkinput(struct buf *in, const uint8_t *s, size_t n)
{
	static const uint32_t base[8] = { 0x0000, 0x0300, 0x0900, 0x1E00,
	    0x1100, 0xAC00, 0x1F00, 0x0000 };
	char enc[UTF8_MAX];
	uint32_t cp, v;
	size_t i;

	if (n == 0 || (s[0] & 1) == 0) {
		buf_add(in, s, n);
		return;
	}
	for (i = 1; i + 1 < n; i += 2) {
		v = (uint32_t)s[i] << 8 | s[i + 1];
		cp = base[v >> 13] + (v & 0x1FFF) % 0x300;
		if (v >> 13 == 7)
			cp = v & 0x1FFF ? (v & 0x1FFF) * 0x88 : 0x61;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			cp = 0x61;
		buf_add(in, enc, utf8_encode(cp, enc));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct buf in = BUF_INIT, out = BUF_INIT, again = BUF_INIT;
	int valid;

	mkinput(&in, s, n);
	buf_term(&in);	/* never a null pointer, even when empty */
	valid = utf8_valid(in.p, in.len) == in.len;
	norm_nfc(&out, in.p, in.len);
	buf_term(&out);
	if (valid && utf8_valid(out.p, out.len) != out.len)
		abort();
	/* Text the quick check passes comes out as it went in. */
	if (norm_isnfc(in.p, in.len) &&
	    (out.len != in.len || (in.len > 0 && memcmp(out.p, in.p, in.len) != 0)))
		abort();
	/* NFC of NFC changes nothing. */
	norm_nfc(&again, out.p, out.len);
	if (again.len != out.len || (out.len > 0 && memcmp(again.p, out.p, out.len) != 0))
		abort();
	buf_free(&in);
	buf_free(&out);
	buf_free(&again);
	return 0;
}
