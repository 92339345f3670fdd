/* names.c: given names and the gender they usually carry. */
#include <string.h>

#include "names.h"

/* Compare the key (lower case) with s folded to ASCII lower case. */
static int
cmpfold(const char *key, const char *s, size_t n)
{
	size_t i;
	int a, b;

	for (i = 0; i < n; i++) {
		a = (unsigned char)key[i];
		b = (unsigned char)s[i];
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (a != b || a == '\0')
			return a - b;
	}
	return (unsigned char)key[n];
}

int
names_gender(const char *s, size_t n)
{
	size_t lo = 0, hi = names_ntab, mid;
	int c;

	if (n == 0 || n > 64)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = cmpfold(names_tab[mid].name, s, n)) == 0)
			return names_tab[mid].gender;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}
