/* util.h: helpers shared by the unit tests. */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <stddef.h>

/* Write n bytes of s to a new temporary file; return its path (static). */
const char	*tmpfile_with(const char *s, size_t n);
/* Send standard output to a temporary file from now on. */
void	capture_start(void);
/* Flush out.c and return what was written since capture_start (NUL-terminated). */
const char	*capture_end(size_t *n);

#endif
