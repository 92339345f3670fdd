/* utf8.c: decode, encode and validate UTF-8. */
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/*
 * Well-formed sequences, Unicode 16.0 table 3-7: the lead byte fixes the
 * length and the range of the second byte; later bytes are 80..BF.
 */
static int
seqlen(unsigned c, unsigned *lo, unsigned *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return 2;
	if (c < 0xF0) {
		if (c == 0xE0)
			*lo = 0xA0;
		else if (c == 0xED)
			*hi = 0x9F;
		return 3;
	}
	if (c < 0xF5) {
		if (c == 0xF0)
			*lo = 0x90;
		else if (c == 0xF4)
			*hi = 0x8F;
		return 4;
	}
	return 0;
}

/* Count the bytes after the lead that fit the sequence, at most need - 1. */
static size_t
fitting(const unsigned char *s, size_t n, int need, unsigned lo, unsigned hi)
{
	size_t i;

	for (i = 1; i < n && i < (size_t)need; i++) {
		if (s[i] < lo || s[i] > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return i - 1;
}

int
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned lo, hi;
	uint32_t v;
	size_t fit;
	int i, need;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((need = seqlen(s[0], &lo, &hi)) == 0)
		return -1;
	/* Short of a whole sequence: truncated if every byte there fits. */
	if ((fit = fitting(s, n, need, lo, hi) + 1) < (size_t)need)
		return fit == n ? -2 : -1;
	v = s[0] & (0x7F >> need);
	for (i = 1; i < need; i++)
		v = v << 6 | (s[i] & 0x3F);
	*cp = v;
	return need;
}

int
utf8_encode(uint32_t cp, char *s)
{
	unsigned char *u = (unsigned char *)s;

	if (cp < 0x80) {
		u[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = 0xC0 | cp >> 6;
		u[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		u[0] = 0xE0 | cp >> 12;
		u[1] = 0x80 | (cp >> 6 & 0x3F);
		u[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	if (cp > 0x10FFFF)
		return 0;
	u[0] = 0xF0 | cp >> 18;
	u[1] = 0x80 | (cp >> 12 & 0x3F);
	u[2] = 0x80 | (cp >> 6 & 0x3F);
	u[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	uint64_t w;
	uint32_t cp;
	size_t i = 0;
	int k;

	while (i < n) {
		/* Most news text is ASCII: test eight bytes at a time. */
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
		}
		if (i == n)
			break;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_decode(s + i, n - i, &cp)) < 0)
			return i;
		i += k;
	}
	return n;
}

size_t
utf8_badlen(const unsigned char *s, size_t n)
{
	unsigned lo, hi;
	int need;

	if ((need = seqlen(s[0], &lo, &hi)) == 0)
		return 1;
	return fitting(s, n, need, lo, hi) + 1;
}

unsigned long
utf8_badline(const char *s, size_t n)
{
	size_t bad = utf8_valid(s, n), i;
	unsigned long line = 1;

	if (bad == n)
		return 0;
	for (i = 0; i < bad; i++)
		line += s[i] == '\n';
	return line;
}
