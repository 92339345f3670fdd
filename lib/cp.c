/* cp.c: single-byte code pages, decoded and encoded. */
#include <stddef.h>
#include <stdint.h>

#include "cp.h"

/* Compare names ignoring case and the separators '-' and '_'. */
static int
samename(const char *a, const char *b)
{
	int ca, cb;

	for (;;) {
		while (*a == '-' || *a == '_')
			a++;
		while (*b == '-' || *b == '_')
			b++;
		ca = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
		cb = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
		if (ca != cb)
			return 0;
		if (ca == '\0')
			return 1;
		a++;
		b++;
	}
}

int
cp_byname(const char *name)
{
	static const struct {
		const char	*name;
		int		 cp;
	} more[] = {
		{ "latin1", CP_LATIN1 }, { "iso88591", CP_LATIN1 },
		{ "latin2", CP_ISO8859_2 }, { "latin9", CP_ISO8859_15 },
		{ "macroman", CP_MACROMAN }, { "mac", CP_MACROMAN },
		{ "koi8", CP_KOI8_R }, { "ibm437", CP_CP437 },
		{ "windows1252", CP_CP1252 }, { "ascii", CP_CP1252 },
		{ "l2", CP_ISO8859_2 }, { "iso_8859-2:1987", CP_ISO8859_2 },
		{ "iso-8859-9", CP_CP1254 }, { "latin5", CP_CP1254 },
		{ "x-cp1250", CP_CP1250 }, { "x-cp1251", CP_CP1251 },
		{ "x-mac-roman", CP_MACROMAN }, { "csmacintosh", CP_MACROMAN },
		{ "cskoi8r", CP_KOI8_R }, { "koi", CP_KOI8_R },
	};
	size_t i;
	int c;

	for (c = 0; c < CP_N; c++)
		if (samename(name, cp_pages[c].name) ||
		    samename(name, cp_pages[c].alias))
			return c;
	for (i = 0; i < sizeof(more) / sizeof(more[0]); i++)
		if (samename(name, more[i].name))
			return more[i].cp;
	return -1;
}

const char *
cp_name(int cp)
{
	return cp_pages[cp].alias;
}

uint32_t
cp_decode(int cp, unsigned c)
{
	return c < 0x80 ? c : cp_pages[cp].hi[c - 0x80];
}

int
cp_encode(int cp, uint32_t u)
{
	const struct cp_page *p = &cp_pages[cp];
	int lo = 0, hi = p->nrev - 1, mid;

	if (u < 0x80)
		return u;
	while (lo <= hi) {
		mid = (lo + hi) / 2;
		if (p->rev[mid].u == u)
			return p->rev[mid].b;
		if (p->rev[mid].u < u)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}
