/* stop.c: look words up in the generated stop-word hash set. */
#include <string.h>

#include "stop.h"

int
stop_has(const char *w, size_t n)
{
	const unsigned char *e;
	uint32_t h = 2166136261u, i;
	size_t k;

	if (n == 0 || n > 255)
		return 0;
	/* FNV-1a, as lib/gen/mkstop.py computes it. */
	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 16777619u;
	for (i = h & stop_mask; stop_slot[i] != 0; i = (i + 1) & stop_mask) {
		e = stop_words + stop_slot[i];
		if (e[0] == n && memcmp(e + 1, w, n) == 0)
			return 1;
	}
	return 0;
}
