/* fuzz_dates: any bytes give expressions inside the text, in order, with values. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct dateopt o = DATEOPT_INIT;
	const struct timex *tx;
	size_t k, nt, prev = 0;

	if (n > 0) {
		o.lang = s[0] & 3;
		if (s[0] & 4)
			dates_setref(&o, (s[0] & 8) ? "2022-02-01" : "0001-01-01");
	}
	nt = dates_find((const char *)s, n, &o, &tx);
	for (k = 0; k < nt; k++) {
		if (tx[k].len == 0 || tx[k].off > n || tx[k].len > n - tx[k].off)
			abort();
		if (tx[k].value[0] == '\0' || strlen(tx[k].value) >=
		    sizeof(tx[k].value))
			abort();
		if (tx[k].type < TX_DATE || tx[k].type > TX_SET)
			abort();
		if (tx[k].off < prev)
			abort();
		prev = tx[k].off;
	}
	return 0;
}
