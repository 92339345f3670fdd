/* out.c: buffered standard output that checks every write. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "news.h"
#include "out.h"
#include "utf8.h"

#define OUT_BUFSIZ	65536

static char obuf[OUT_BUFSIZ];
static size_t olen;

int
out_writeall(int fd, const void *buf, size_t n)
{
	const char *p = buf;
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= w;
	}
	return 0;
}

int
out_flush(void)
{
	size_t n = olen;

	olen = 0;
	return out_writeall(STDOUT_FILENO, obuf, n);
}

/* A failed write ends the program: quietly for a closed pipe. */
static void
fail(void)
{
	if (errno == EPIPE)
		exit(nu_exit());
	nu_die("write error:");
}

void
out_write(const void *p, size_t n)
{
	if (n == 0)	/* p may be NULL: an empty buffer never allocated */
		return;
	if (n > OUT_BUFSIZ - olen) {
		if (out_flush() < 0)
			fail();
		if (n >= OUT_BUFSIZ) {
			if (out_writeall(STDOUT_FILENO, p, n) < 0)
				fail();
			return;
		}
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

void
out_putc(int c)
{
	if (olen == OUT_BUFSIZ && out_flush() < 0)
		fail();
	obuf[olen++] = (char)c;
}

void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

void
out_ulong(unsigned long long v)
{
	char b[24], *p = b + sizeof(b);

	do
		*--p = '0' + v % 10;
	while ((v /= 10) != 0);
	out_write(p, b + sizeof(b) - p);
}

static const char repl[] = "\xEF\xBF\xBD";

/*
 * Walk s, copying runs of bytes that need no escape and handing each
 * other ASCII byte to esc, which writes it and returns 1, or returns 0 to
 * have it copied. With scrub, invalid UTF-8 sequences become U+FFFD.
 */
static void
walk(const char *str, size_t n, int (*esc)(unsigned char), int scrub)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, run = 0;
	uint64_t w, t, a, b;
	uint32_t cp;
	int k;

	while (i < n) {
		/*
		 * Skip eight plain bytes at a time: none >= 0x80 and, with
		 * esc, none below 0x20 nor a backslash or double quote (the
		 * byte tests of Hacker's Delight 6-1).
		 */
		while (n - i >= 8) {
			memcpy(&w, s + i, 8);
			t = w;
			if (esc != NULL) {
				a = w ^ 0x5C5C5C5C5C5C5C5Cu;
				b = w ^ 0x2222222222222222u;
				t |= ((w - 0x2020202020202020u) & ~w) |
				    ((a - ones) & ~a) | ((b - ones) & ~b);
			}
			if (t & high)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (s[i] >= 0x80) {
			if (!scrub || (k = utf8_decode(s + i, n - i, &cp)) > 0) {
				i += scrub ? k : 1;
				continue;
			}
			out_write(s + run, i - run);
			out_write(repl, 3);
			i += utf8_badlen(s + i, n - i);
			run = i;
			continue;
		}
		if (esc != NULL && (s[i] < 0x20 || s[i] == '\\' ||
		    s[i] == '"')) {
			out_write(s + run, i - run);
			if (!esc(s[i]))
				out_putc(s[i]);
			run = ++i;
			continue;
		}
		i++;
	}
	out_write(s + run, i - run);
}

static int
escdoc(unsigned char c)
{
	switch (c) {
	case '\\':
		out_write("\\\\", 2);
		return 1;
	case '\n':
		out_write("\\n", 2);
		return 1;
	case '\t':
		out_write("\\t", 2);
		return 1;
	case '\r':
		out_write("\\r", 2);
		return 1;
	case '\0':
		out_write("\\000", 4);
		return 1;
	}
	return 0;
}

static int
escjson(unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char u[6] = { '\\', 'u', '0', '0', 0, 0 };

	switch (c) {
	case '"':
		out_write("\\\"", 2);
		return 1;
	case '\\':
	case '\n':
	case '\t':
	case '\r':
		return escdoc(c);
	case '\b':
		out_write("\\b", 2);
		return 1;
	case '\f':
		out_write("\\f", 2);
		return 1;
	}
	if (c >= 0x20)
		return 0;
	u[4] = hex[c >> 4];
	u[5] = hex[c & 15];
	out_write(u, 6);
	return 1;
}

void
out_escaped(const char *s, size_t n)
{
	walk(s, n, escdoc, 0);
}

void
out_field(const char *s, size_t n)
{
	walk(s, n, escdoc, 1);
}

void
out_json(const char *s, size_t n)
{
	walk(s, n, escjson, 1);
}

void
out_utf8(const char *s, size_t n)
{
	walk(s, n, NULL, 1);
}
