/* fuzz_ents: any bytes give mentions inside the text, linked to mentions. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ents.h"

static struct ents *e;

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct ement *m;
	char *t;
	size_t i, k, c;

	if (e == NULL)
		e = ents_new();
	t = malloc(n + 1);
	if (t == NULL)
		return 0;
	memcpy(t, s, n);
	t[n] = '\0';
	k = ents_find(e, t, n, &m);
	for (i = 0; i < k; i++) {
		if (m[i].len == 0 || m[i].off + m[i].len > n ||
		    m[i].noff + m[i].nlen > n || m[i].type < 0 ||
		    m[i].type >= ENT_NTYPES)
			abort();
		if (i > 0 && m[i].off < m[i - 1].off + m[i - 1].len)
			abort();	/* flat and in order */
	}
	c = ents_count(m, k);
	for (i = 0; i < c; i++)
		if (m[i].count == 0 || (i > 0 && m[i].count > m[i - 1].count))
			abort();
	free(t);
	return 0;
}
