/* nstrip-boilerplate: keep an article's own paragraphs, drop the rest. */
#include <errno.h>
#include <getopt.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "html.h"
#include "learn.h"
#include "news.h"
#include "out.h"
#include "strip.h"

static const char help[] =
    "usage: nstrip-boilerplate [-Dv] [--explain] [--html | --text] [--learn=STATE]\n"
    "                          [--no-title] [file ...]\n"
    "Print the article's own paragraphs, one a line, and drop what is around\n"
    "them: prompts to subscribe or share, captions and credits, tag lists,\n"
    "navigation, related links. Input is plain text (a paragraph a line) or\n"
    "HTML, told apart from the input.\n"
    "\n"
    "  -D, --doc-lines    each input line is a document ID<TAB>TEXT\n"
    "  -v, --invert       print only what is dropped\n"
    "      --explain      print every line as KEEP|DROP<TAB>REASON<TAB>LINE\n"
    "      --html         read HTML whatever the input looks like\n"
    "      --text         read plain text whatever the input looks like\n"
    "      --learn=STATE  count lines across documents in the file STATE and\n"
    "                     drop lines that recur in many documents\n"
    "      --no-title     drop the headline too\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

enum { OPT_EXPLAIN = OPT_FREE, OPT_HTML, OPT_TEXT, OPT_LEARN, OPT_NOTITLE };

static const struct option longopts[] = {
	{ "doc-lines", no_argument, NULL, 'D' },
	{ "invert", no_argument, NULL, 'v' },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "html", no_argument, NULL, OPT_HTML },
	{ "text", no_argument, NULL, OPT_TEXT },
	{ "learn", required_argument, NULL, OPT_LEARN },
	{ "no-title", no_argument, NULL, OPT_NOTITLE },
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* What the options ask for, shared by the loops below. */
static int what = STRIP_KEPT, mode, dlines;
static struct strip s;
static struct html h;
static struct buf out = BUF_INIT, page = BUF_INIT;
static struct learn lr;
static const char *state;

static unsigned
seen(void *arg, const char *p, size_t n)
{
	return learn_line(arg, p, n);
}

/* Decide a whole document (HTML, -D) and write it. */
static void
whole(const struct doc *d, const char *text, size_t len)
{
	strip_reset(&s);
	learn_next(&lr);
	if (mode == OPT_HTML || (mode == 0 && html_sniff(text, len)))
		html_blocks(&h, &s, text, len);
	else
		strip_text(&s, text, len);
	strip_classify(&s);
	buf_reset(&out);
	strip_write(&s, s.n, &out, what);
	if (dlines)
		doc_put(d, out.p, out.len);
	else
		out_write(out.p, out.len);
}

/* Write the first k blocks held and let them go. */
static void
emit(size_t k)
{
	buf_reset(&out);
	strip_write(&s, k, &out, what);
	out_write(out.p, out.len);
	strip_shift(&s, k);
}

/*
 * A FILE operand: plain text streams through a window of lines; a file
 * whose first line opens with '<' is read whole, as it may be HTML.
 */
static void
file(struct docs *ds)
{
	struct line l;
	size_t i;

	if (!docs_getline(ds, &l))
		return;
	for (i = 0; i < l.len && (l.p[i] == ' ' || l.p[i] == '\t'); i++)
		;
	if (mode == OPT_HTML || (mode == 0 && ((i < l.len && l.p[i] == '<') ||
	    (l.len >= 4 && memcmp(l.p, "\xef\xbb\xbf<", 4) == 0)))) {
		buf_reset(&page);
		buf_add(&page, l.p, l.len);
		if (l.cr)
			buf_addc(&page, '\r');
		if (l.nl)
			buf_addc(&page, '\n');
		if (in_slurp(&ds->in, &page) < 0) {
			nu_warn("%s:", ds->in.name);
			nu_fail();
		}
		whole(&ds->doc, page.p, page.len);
		return;
	}
	strip_reset(&s);
	learn_next(&lr);
	do {
		strip_line(&s, l.p, l.len);
		if (s.n >= 64)
			emit(strip_ready(&s, 0));
	} while (docs_getline(ds, &l));
	emit(strip_ready(&s, 1));
}

int
main(int argc, char *argv[])
{
	struct docs ds;
	int ch, sflags = 0;

	nu_start("nstrip-boilerplate", help);
	while ((ch = getopt_long(argc, argv, "Dv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'D':
			dlines = 1;
			break;
		case 'v':
			what = STRIP_DROPPED;
			break;
		case OPT_EXPLAIN:
			what = STRIP_EXPLAIN;
			break;
		case OPT_HTML:
		case OPT_TEXT:
			mode = ch;
			break;
		case OPT_LEARN:
			state = optarg;
			break;
		case OPT_NOTITLE:
			sflags |= STRIP_NOTITLE;
			break;
		default:
			nu_stdopt(ch);
		}
	}
	strip_init(&s, sflags);
	html_init(&h);
	if (state != NULL) {
		if (learn_open(&lr, state) < 0) {
			if (errno == EINVAL)
				nu_die("%s: not a state file of --learn", state);
			nu_die("%s:", state);
		}
		s.seen = seen;
		s.seenarg = &lr;
		s.seenmin = LEARN_MIN;
	}
	docs_open(&ds, argv + optind, argc - optind, dlines ? DOCS_LINES : 0);
	if (dlines)
		while (docs_next(&ds))
			whole(&ds.doc, ds.doc.text, ds.doc.len);
	else
		while (docs_nextfile(&ds))
			file(&ds);
	docs_close(&ds);
	if (state != NULL && learn_save(&lr) < 0)
		nu_die("%s:", state);
	learn_free(&lr);
	html_free(&h);
	strip_free(&s);
	buf_free(&out);
	buf_free(&page);
	return nu_exit();
}
