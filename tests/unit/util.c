/* util.c: helpers shared by the unit tests. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "out.h"
#include "util.h"

static char path[64];
static int capfd = -1;

const char *
tmpfile_with(const char *s, size_t n)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/newsutils-test.XXXXXX");
	ck_assert_int_ge(fd = mkstemp(path), 0);
	ck_assert_int_eq(write(fd, s, n), (ssize_t)n);
	close(fd);
	return path;
}

void
capture_start(void)
{
	char p[] = "/tmp/newsutils-out.XXXXXX";

	ck_assert_int_ge(capfd = mkstemp(p), 0);
	unlink(p);
	ck_assert_int_eq(dup2(capfd, STDOUT_FILENO), STDOUT_FILENO);
}

const char *
capture_end(size_t *n)
{
	static char *got;
	off_t len;

	ck_assert_int_eq(out_flush(), 0);
	len = lseek(capfd, 0, SEEK_END);
	free(got);
	got = malloc(len + 1);
	ck_assert_int_eq(pread(capfd, got, len, 0), len);
	got[len] = '\0';
	*n = len;
	return got;
}
