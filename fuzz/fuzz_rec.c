/* fuzz_rec: records are one line of valid UTF-8 whatever the field bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "news.h"
#include "out.h"
#include "rec.h"
#include "utf8.h"

static int capfd;
static char got[1 << 20];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *f = tmpfile();

	(void)argc;
	(void)argv;
	if (f == NULL || (capfd = dup(fileno(f))) < 0 ||
	    dup2(capfd, STDOUT_FILENO) < 0)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *s, size_t n)
{
	struct recopt ro = RECOPT_INIT;
	struct doc d = { "id", 2, NULL, 0, "-", 0, 1 };
	size_t half = n / 2, len, i;
	ssize_t r;

	if (n == 0 || n > sizeof(got) / 8)
		return 0;
	ro.json = s[0] & 1;
	ro.bytes = s[0] & 2;
	d.id = (const char *)s;
	d.idlen = half;
	if (ftruncate(STDOUT_FILENO, 0) < 0 || lseek(STDOUT_FILENO, 0, SEEK_SET) < 0)
		abort();
	rec_begin(&ro, &d, half, n - half);
	rec_field("text", (const char *)s + half, n - half);
	rec_extra("cue", (const char *)s, half);
	rec_end();
	if (out_flush() < 0 || (r = pread(STDOUT_FILENO, got, sizeof(got), 0)) <= 0)
		abort();
	len = r;
	/* One line, valid UTF-8, no raw TAB inside JSON or inside fields. */
	if (got[len - 1] != '\n' || memchr(got, '\n', len - 1) != NULL)
		abort();
	if (utf8_valid(got, len) != len)
		abort();
	for (i = 0; ro.json && i < len - 1; i++)
		if ((unsigned char)got[i] < 0x20)
			abort();
	return 0;
}
