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
	size_t k;

	if (n == 0 || n > 255)
		return 0;
	if (!stop_maybe(h))
		return 0;
	for (i = h & stop_mask; stop_slot[i] != 0; i = (i + 1) & stop_mask) {
		e = stop_words + stop_slot[i];
		if (e[0] != n)
			continue;
		for (k = 0; k < n && e[1 + k] == (unsigned char)w[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}
