/* out.h: buffered standard output that checks every write. */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

/*
 * A failed write prints "PROG: write error: REASON" and exits 2; a closed
 * pipe (EPIPE, when SIGPIPE is ignored) exits quietly with the status so far.
 */
void	out_write(const void *p, size_t n);
void	out_putc(int c);
void	out_puts(const char *s);
void	out_ulong(unsigned long long v);
/* Write s with '\\', '\n', '\t', '\r' and NUL escaped (the -D convention), byte for byte. */
void	out_escaped(const char *s, size_t n);
/* The same for a record field: invalid UTF-8 becomes U+FFFD. */
void	out_field(const char *s, size_t n);
/* Write s as the inside of a JSON string; invalid UTF-8 as U+FFFD. */
void	out_json(const char *s, size_t n);
/* Write s with invalid UTF-8 sequences replaced by U+FFFD. */
void	out_utf8(const char *s, size_t n);
/* Write all n bytes to fd, surviving short writes; 0, or -1 with errno set. */
int	out_writeall(int fd, const void *p, size_t n);
/* Write what is buffered; return 0, or -1 with errno set (no exit). */
int	out_flush(void);

#endif
