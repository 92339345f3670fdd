/* fuzz_utf8: the decoder, validator and encoder agree with each other. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	size_t i = 0, valid = utf8_valid((const char *)s, n), bad;
	uint32_t cp;
	char enc[UTF8_MAX];
	int k;

	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (k < 0) {
			/* The validator stops exactly where the decoder fails. */
			if (i != valid)
				abort();
			bad = utf8_badlen(s + i, n - i);
			if (bad < 1 || bad > n - i || (k == -2 && bad != n - i))
				abort();
			return 0;
		}
		/* A decoded character encodes back to the same bytes. */
		if (utf8_encode(cp, enc) != k || memcmp(enc, s + i, k) != 0)
			abort();
		i += k;
	}
	if (valid != n)
		abort();
	return 0;
}
