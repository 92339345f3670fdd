/* fuzz_htmlent: decoding stays in bounds and keeps valid UTF-8 valid. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "htmlent.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *s = (const char *)data;
	struct buf b = BUF_INIT;
	uint32_t cp[2];
	size_t i, len, k, amps = 0;
	int ncp, j;

	for (i = 0; i < n; i++) {
		if (s[i] != '&')
			continue;
		amps++;
		ncp = 0;
		len = htmlent_ref(s + i, n - i, cp, &ncp);
		if (len > n - i || (len > 0 && (ncp < 1 || ncp > 2)))
			abort();
		for (j = 0; len > 0 && j < ncp; j++)
			if (cp[j] > 0x10FFFF || (cp[j] >= 0xD800 && cp[j] <= 0xDFFF))
				abort();
	}
	k = htmlent_decode(&b, s, n);
	if (k > amps)
		abort();
	/* Nothing decoded: the text comes out byte for byte. */
	if (k == 0 && (b.len != n || (n > 0 && memcmp(b.p, s, n) != 0)))
		abort();
	if (utf8_valid(s, n) == n && utf8_valid(b.p, b.len) != b.len)
		abort();
	buf_free(&b);
	return 0;
}
