/* badness.c: how implausible a sequence of characters is as written text. */
#include <stddef.h>
#include <stdint.h>

#include "badness.h"
#include "utf8.h"

/* Set by lib/tab/bad.c for the planes past the first. */
extern const uint8_t bad_emoji, bad_cjk, bad_pua, bad_olet;

int
bad_class(uint32_t u)
{
	if (u < 0x10000)
		return bad_cls[bad_blk[u >> 8]][u & 0xFF];
	if (u >= 0x1F000 && u < 0x1FB00)
		return bad_emoji;
	if (u >= 0x20000 && u < 0x40000)
		return bad_cjk;
	if (u >= 0xF0000)
		return bad_pua;
	return bad_olet;
}

long
bad_score(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t u;
	long sum = 0;
	size_t i = 0;
	int prev = BAD_BOUND, c, k;

	while (i < n) {
		if ((k = utf8_decode(s + i, n - i, &u)) < 0) {
			u = UTF8_REPL;
			k = 1;
		}
		i += k;
		c = bad_class(u);
		sum += bad_pair(prev, c);
		prev = c;
	}
	return sum + bad_pair(prev, BAD_BOUND);
}
