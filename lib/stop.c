/* stop.c: look words up in the generated stop-word hash set. */
#include <string.h>

#include "stop.h"

int
stop_has(const char *w, size_t n)
{
	uint32_t h = STOP_FNV0;
	size_t k;

	/* FNV-1a, as lib/gen/mkstop.py computes it. */
	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * STOP_FNVP;
	return stop_hashed(w, n, h);
}

int
stop_hashed(const char *w, size_t n, uint32_t h)
{
	const unsigned char *e;
	uint32_t i;

	if (n == 0 || n > 255)
		return 0;
	for (i = h & stop_mask; stop_slot[i] != 0; i = (i + 1) & stop_mask) {
		e = stop_words + stop_slot[i];
		if (e[0] == n && e[1] == (unsigned char)w[0] &&
		    memcmp(e + 1, w, n) == 0)
			return 1;
	}
	return 0;
}
