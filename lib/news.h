/* news.h: program start, diagnostics, allocation and exit status. */
#ifndef NEWS_H
#define NEWS_H

#include <limits.h>
#include <stddef.h>

#define NU_VERSION "0.1.0"

/* Long-only options shared by all programs; a program's own start at OPT_FREE. */
enum {
	OPT_HELP = CHAR_MAX + 1,
	OPT_VERSION,
	OPT_NO_ID,
	OPT_FREE
};

#define NU_STD_LONGOPTS \
	{ "help", no_argument, NULL, OPT_HELP }, \
	{ "version", no_argument, NULL, OPT_VERSION }

#if defined(__GNUC__) || defined(__clang__)
#define NU_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define NU_NORETURN __attribute__((noreturn))
#else
#define NU_PRINTF(a, b)
#define NU_NORETURN
#endif

extern const char *nu_prog;

/* Record the program name and help text; set up stdout; call first. */
void	nu_start(const char *prog, const char *help);
/* Handle --help and --version; any other option is a usage error (exit 2). */
void	nu_stdopt(int ch);
/* Print "PROG: message" and "Try 'PROG --help'..." on stderr, exit 2. */
void	nu_usage(const char *fmt, ...) NU_PRINTF(1, 2) NU_NORETURN;
/* Print "PROG: message"; a format ending in ':' appends strerror(errno). */
void	nu_warn(const char *fmt, ...) NU_PRINTF(1, 2);
/* As nu_warn, then exit 2 (after flushing what output there is). */
void	nu_die(const char *fmt, ...) NU_PRINTF(1, 2) NU_NORETURN;
/* Report skipped input as "PROG: FILE:LINE: reason" and remember status 1. */
void	nu_skip(const char *file, unsigned long line, const char *fmt, ...)
	    NU_PRINTF(3, 4);
/* Remember that some input was skipped: the exit status will be 1. */
void	nu_fail(void);
/* Flush and check standard output; return the exit status (0, 1 or 2). */
int	nu_exit(void);

/* Allocation that never returns NULL: on failure the program dies. */
void	*nu_alloc(size_t n);
void	*nu_calloc(size_t n, size_t size);
void	*nu_realloc(void *p, size_t n);
char	*nu_strdup(const char *s);
/* Grow *cap by half again (at least to need) and reallocate p to it. */
void	*nu_grow(void *p, size_t *cap, size_t need);

#endif
