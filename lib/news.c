/* news.c: program start, diagnostics, allocation and exit status. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "news.h"
#include "out.h"

const char *nu_prog = "newsutils";
static const char *nu_help = "";
static int nu_status;

void
nu_start(const char *prog, const char *help)
{
	nu_prog = prog;
	nu_help = help;
}

static void
vwarn(const char *fmt, va_list ap)
{
	int e = errno;
	size_t n = strlen(fmt);

	fprintf(stderr, "%s: ", nu_prog);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(e));
	fputc('\n', stderr);
}

void
nu_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
nu_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	out_flush();
	exit(2);
}

void
nu_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "%s: ", nu_prog);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", nu_prog);
	exit(2);
}

void
nu_skip(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s:%lu: ", nu_prog, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	nu_status = 1;
}

void
nu_fail(void)
{
	nu_status = 1;
}

void
nu_stdopt(int ch)
{
	switch (ch) {
	case OPT_HELP:
		out_puts(nu_help);
		exit(nu_exit());
	case OPT_VERSION:
		out_puts(nu_prog);
		out_puts(" (newsutils) " NU_VERSION "\n");
		exit(nu_exit());
	default:
		/* getopt_long has said what was wrong. */
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    nu_prog);
		exit(2);
	}
}

int
nu_exit(void)
{
	if (out_flush() < 0) {
		if (errno == EPIPE)
			return nu_status;
		nu_warn("write error:");
		return 2;
	}
	return nu_status;
}

void *
nu_alloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		nu_die("out of memory");
	return p;
}

void *
nu_calloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		nu_die("out of memory");
	return p;
}

void *
nu_realloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		nu_die("out of memory");
	return p;
}

char *
nu_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(nu_alloc(n), s, n);
}

void *
nu_grow(void *p, size_t *cap, size_t need)
{
	size_t c = *cap;

	if (need <= c)
		return p;
	if (c < 64)
		c = 64;
	while (c < need) {
		if (c > SIZE_MAX / 3 * 2)
			nu_die("out of memory");
		c += c / 2;
	}
	*cap = c;
	return nu_realloc(p, c);
}
