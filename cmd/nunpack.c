/* nunpack: write ID<TAB>TEXT document lines back to files. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "news.h"
#include "out.h"

static const char help[] =
    "usage: nunpack [-c] [-d dir] [file ...]\n"
    "Read document lines ID<TAB>TEXT (as npack writes them) and write each\n"
    "TEXT, unescaped, to the file DIR/ID, making directories as needed.\n"
    "An id that is absolute, has a .. component, a control character, or\n"
    "names no file is refused. With no FILE, or when FILE is -, read\n"
    "standard input.\n"
    "\n"
    "  -c, --stdout     write each document's text to standard output instead\n"
    "  -d, --directory=DIR  write under DIR (made if missing; default .)\n"
    "      --help       display this help and exit\n"
    "      --version    output version information and exit\n";

static const struct option longopts[] = {
	{ "directory", required_argument, NULL, 'd' },
	{ "stdout", no_argument, NULL, 'c' },
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* Why id may not be written under the directory, or NULL if it may. */
static const char *
badid(const char *id, size_t len)
{
	const char *p, *e = id + len, *c;

	if (len == 0)
		return "empty id";
	if (id[0] == '/')
		return "absolute id";
	if (id[len - 1] == '/')
		return "id names a directory";
	for (p = id; p < e; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			return "control character in id";
	for (p = id; p < e; p = c + 1) {
		if ((c = memchr(p, '/', e - p)) == NULL)
			c = e;
		if (c - p == 2 && p[0] == '.' && p[1] == '.')
			return "id has a .. component";
	}
	return NULL;
}

/*
 * Open dir/id for writing, one component at a time from dir's descriptor,
 * never following a symbolic link: nothing is written outside dir.
 */
static int
openunder(int dfd, char *id)
{
	char *p = id, *slash;
	int fd, nfd;

	fd = dup(dfd);
	while (fd >= 0 && (slash = strchr(p, '/')) != NULL) {
		*slash = '\0';
		if (*p != '\0' && strcmp(p, ".") != 0) {
			if (mkdirat(fd, p, 0777) < 0 && errno != EEXIST)
				nfd = -1;
			else
				nfd = openat(fd, p, O_RDONLY | O_DIRECTORY |
				    O_NOFOLLOW);
			close(fd);
			fd = nfd;
		}
		*slash = '/';
		p = slash + 1;
	}
	if (fd < 0)
		return -1;
	nfd = openat(fd, p, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0666);
	close(fd);
	return nfd;
}

static void
unpack(int dfd, const char *dir, const struct doc *d)
{
	const char *why;
	char *id;
	int fd;

	if ((why = badid(d->id, d->idlen)) != NULL) {
		nu_skip(d->file, d->line, "%s, not written", why);
		return;
	}
	id = nu_strdup(d->id);
	if ((fd = openunder(dfd, id)) < 0) {
		nu_warn("%s/%s:", dir, d->id);
		nu_fail();
	} else if (out_writeall(fd, d->text, d->len) < 0 || close(fd) < 0)
		nu_die("%s/%s:", dir, d->id);
	free(id);
}

/* mkdir -p for the user's own directory. */
static void
makedir(char *dir)
{
	char *p;

	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0777);
		*p = '/';
	}
	mkdir(dir, 0777);
}

int
main(int argc, char *argv[])
{
	struct docs ds;
	char *dir = ".";
	int ch, tostdout = 0, dfd = -1;

	nu_start("nunpack", help);
	while ((ch = getopt_long(argc, argv, "cd:", longopts, NULL)) != -1) {
		if (ch == 'c')
			tostdout = 1;
		else if (ch == 'd')
			dir = optarg;
		else
			nu_stdopt(ch);
	}
	if (!tostdout) {
		makedir(dir);
		if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) < 0)
			nu_die("%s:", dir);
	}
	docs_open(&ds, argv + optind, argc - optind, DOCS_LINES);
	while (docs_next(&ds)) {
		if (tostdout)
			out_write(ds.doc.text, ds.doc.len);
		else
			unpack(dfd, dir, &ds.doc);
	}
	docs_close(&ds);
	return nu_exit();
}
