/* npack: write files as documents, one ID<TAB>TEXT line each. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "in.h"
#include "news.h"
#include "out.h"

static const char help[] =
    "usage: npack [file | dir ...]\n"
    "Write each FILE as one line ID<TAB>TEXT, ID its path as given, TEXT its\n"
    "bytes with backslash, newline, tab, carriage return and NUL escaped as\n"
    "\\\\ \\n \\t \\r \\000. A directory is walked recursively, its entries in\n"
    "byte order. With no FILE, or when FILE is -, read standard input (id -).\n"
    "\n"
    "      --help     display this help and exit\n"
    "      --version  output version information and exit\n";

static const struct option longopts[] = {
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static void packpath(const char *path, int top);

/* Write one file as a document line, escaping it as it streams through. */
static void
packfile(const char *path)
{
	struct in in;
	int r;

	if (in_open(&in, path) < 0) {
		nu_warn("%s:", path);
		nu_fail();
		return;
	}
	out_escaped(path, strlen(path));
	out_putc('\t');
	/* Escape a buffer at a time: memory stays flat however large the file. */
	do {
		out_escaped(in.buf + in.pos, in.end - in.pos);
		in.pos = in.end;
	} while ((r = in_fill(&in)) > 0);
	if (r < 0) {
		nu_warn("%s:", path);
		nu_fail();
	}
	out_putc('\n');
	in_close(&in);
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pack every entry of a directory, sorted by name. */
static void
packdir(const char *path)
{
	struct dirent *e;
	struct buf sub = BUF_INIT;
	char **names = NULL;
	size_t n = 0, cap = 0, i, plen = strlen(path);
	DIR *d;

	if ((d = opendir(path)) == NULL) {
		nu_warn("%s:", path);
		nu_fail();
		return;
	}
	while ((errno = 0, e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		names = nu_grow(names, &cap, (n + 1) * sizeof(*names));
		names[n++] = nu_strdup(e->d_name);
	}
	if (errno != 0) {
		nu_warn("%s:", path);
		nu_fail();
	}
	closedir(d);
	if (n > 0)	/* an empty directory: names is NULL */
		qsort(names, n, sizeof(*names), cmp);
	for (i = 0; i < n; i++) {
		buf_reset(&sub);
		buf_add(&sub, path, plen);
		if (plen == 0 || path[plen - 1] != '/')
			buf_addc(&sub, '/');
		buf_adds(&sub, names[i]);
		buf_term(&sub);
		packpath(sub.p, 0);
		free(names[i]);
	}
	free(names);
	buf_free(&sub);
}

/*
 * An operand is packed whatever it is; inside a directory only regular
 * files (or links to them) and directories (not links to them, which
 * could loop) are taken.
 */
static void
packpath(const char *path, int top)
{
	struct stat st, lst;

	if (strcmp(path, "-") == 0 && top) {
		packfile(path);
		return;
	}
	if (stat(path, &st) < 0) {
		nu_warn("%s:", path);
		nu_fail();
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		if (top || (lstat(path, &lst) == 0 && S_ISDIR(lst.st_mode)))
			packdir(path);
	} else if (top || S_ISREG(st.st_mode))
		packfile(path);
}

int
main(int argc, char *argv[])
{
	int ch, i;

	nu_start("npack", help);
	while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1)
		nu_stdopt(ch);
	if (optind == argc)
		packfile("-");
	for (i = optind; i < argc; i++)
		packpath(argv[i], 1);
	return nu_exit();
}
